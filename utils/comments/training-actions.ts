import type { Repertoire } from '@/utils/criteria/types';
import type { KeywordScore } from './score';

/**
 * RNCP 2° ter and RS 1° quinquies judge « l'adéquation des actions [de formation] » with the référentiels: a remark
 * that names the référentiels but no training action (programme, modules, hours…) is about the référentiels
 * themselves (RNCP 3°, RS 2°), whose words they share. Runs on content stems.
 */
const TRAINING =
  /^(form$|formation|programm|modul|sequenc|seanc|cours|enseign|cursu|heur|volum|pedagog|maquet|stag|alternanc|parcour|apprenti|them)/;

/** Weight kept by the adequacy criterion when the remark names no training action. */
const WITHOUT_TRAINING = 0.5;
/** The référentiels themselves (RNCP 3°, RS 2°) are named by these stems. */
const REFERENTIAL = /^referentiel/;
/** Weight kept by the référentiels criterion when a training action is measured against them. */
const MEASURED_AGAINST = 0.5;

export function weighTrainingActions(
  scores: Map<string, KeywordScore>,
  stems: readonly string[],
  repertoire: Repertoire,
  newRules: boolean,
): void {
  if (!newRules) return;
  const adequacy = scores.get(repertoire === 'RNCP' ? '2 ter' : '1 quinquies');
  if (!adequacy) return;
  const training = stems.findIndex((s) => TRAINING.test(s));
  if (training < 0) {
    adequacy.score *= WITHOUT_TRAINING;
    return;
  }
  // « Le programme… au regard du référentiel »: the training action is the subject, the référentiels the yardstick;
  // « Le référentiel reprend le programme… » is about the référentiels (the training action comes after).
  const referential = stems.findIndex((s) => REFERENTIAL.test(s));
  const itself = scores.get(repertoire === 'RNCP' ? '3' : '2');
  if (itself && referential > training) itself.score *= MEASURED_AGAINST;
}

/** Accompanying VAE candidates (stems of « accompagner », « accompagnement », « accompagnateurs »). */
const ACCOMPANY = /^accompagn/;
/** The means put to work: staff, capacity, resources. */
const MEANS = /^(moyen|human|humain|personn|capacit|effectif|ressourc|encadr|accompagnateur)/;

/**
 * RNCP 2° bis checks « la réalité des moyens … mis en œuvre pour la réalisation des actions de formation ou de
 * reconnaissance des acquis de l'expérience »: a remark on the means of accompanying VAE candidates is first about
 * those means (2° bis), and only then about the VAE route itself (6°), whose words it shares.
 */
export function weighVaeMeans(
  scores: Map<string, KeywordScore>,
  stems: readonly string[],
  repertoire: Repertoire,
  newRules: boolean,
): void {
  if (!newRules || repertoire !== 'RNCP') return;
  const means = scores.get('2 bis');
  const vae = scores.get('6');
  if (!means || !vae || means.score <= 0 || means.score >= vae.score) return;
  const accompany = stems.findIndex((s) => ACCOMPANY.test(s));
  if (accompany < 0 || !stems.some((s, i) => i !== accompany && MEANS.test(s))) return;
  means.score = vae.score * 1.05;
}
