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

export function weighTrainingActions(
  scores: Map<string, KeywordScore>,
  stems: readonly string[],
  repertoire: Repertoire,
  newRules: boolean,
): void {
  if (!newRules) return;
  const adequacy = scores.get(repertoire === 'RNCP' ? '2 ter' : '1 quinquies');
  if (!adequacy || stems.some((s) => TRAINING.test(s))) return;
  adequacy.score *= WITHOUT_TRAINING;
}
