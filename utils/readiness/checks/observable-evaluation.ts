import { article, framework } from '../sources';
import { fold, lines, mentions } from '../text';
import type { FindingDraft, ReadinessCheck } from '../types';
import { evaluationTexts } from './referential-texts';

/** Knowledge tests: they check what a candidate knows, not what they can do. */
const QUIZ =
  /\b(qcm|quiz+|questionnaires?|tests? (en ligne|de connaissances)|questions? a choix multiples?)\b/;
/** Modalities that make the candidate act in an observable situation. */
const OBSERVABLE =
  /mise en situation|situation (professionnelle|reelle|reconstituee|de travail)|pratique|etude de cas|cas pratique|entretien|oral|soutenance|dossier|projet|simulation|observ|exercice|realisation|production|jeu de role|plateau|demonstration|livrable|portfolio|presentation|redaction|epreuve technique|travaux pratiques/;
/** Compétences that only state knowledge (then a quiz may fit). */
const KNOWLEDGE_VERB = /^(connaitre|citer|enoncer|definir|identifier|expliquer|decrire|comprendre|savoir)\b/;

function practical(competences: string): boolean {
  const items = lines(competences);
  return items.length > 0 && items.some((l) => !KNOWLEDGE_VERB.test(fold(l)));
}

/**
 * RNCP 3° / RS 2° (référentiel d’évaluation): the modalités put the candidate in an observable situation close
 * to real work. A quiz alone cannot assess a practical compétence. (Lengths, scales and assessors belong to the
 * attached référentiel d’évaluation, which this check cannot read: the fiche's summary need not state them.)
 */
export const observableEvaluationCheck: ReadinessCheck = {
  id: 'evaluation-observable',
  title: 'L’évaluation met le candidat en situation observable (pas seulement un questionnaire)',
  criteria: { RNCP: ['3'], RS: ['2'] },
  sources: [article('RNCP', '3'), article('RS', '2'), framework('C5 (modalités et critères d’évaluation)')],
  fields: ['fiche.modalitesEvaluation', 'fiche.blocs[].modalitesEvaluation'],
  run(ctx, number) {
    const out: FindingDraft[] = [];
    const sources = [article(ctx.repertoire, number), framework('C5 (modalités et critères d’évaluation)')];
    for (const e of evaluationTexts(ctx)) {
      if (e.text === '') {
        if (ctx.repertoire === 'RS')
          out.push({
            severity: 'bloquant',
            message:
              'Décrivez les modalités d’évaluation de la certification : épreuves, durées, évaluateurs, critères.',
            paths: [e.path],
            sources,
          });
        continue;
      }
      const observable = mentions(e.text, OBSERVABLE);
      if (!observable && mentions(e.text, QUIZ) && practical(e.competences))
        out.push({
          severity: 'a-completer',
          message: `L’évaluation ${e.of} repose seulement sur un questionnaire alors que ses compétences se démontrent en situation : ajoutez une mise en situation, une étude de cas ou un entretien observé.`,
          paths: [e.path],
          sources,
        });
      else if (!observable)
        out.push({
          severity: 'a-completer',
          message: `Les modalités d’évaluation ${e.of} ne décrivent pas d’épreuve observable : dites comment le candidat démontre ses compétences (mise en situation, étude de cas, entretien…).`,
          paths: [e.path],
          sources,
        });
    }
    return out;
  },
};
