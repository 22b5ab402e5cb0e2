import { argumentaireId } from '../criterion-ids';
import { article } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';

const RULES = 'fiche.reglementationsActivites';
const CATEGORY = 'demande.categorieRS';
/** Signs that the activity is regulated. */
const REGULATED =
  /obligation legale|decret|arrete|habilitation (obligatoire|reglementaire)|profession reglementee|activite reglementee|carte professionnelle|agrement|autorisation d'exercer/;
/** « n’est pas réglementé », « aucune réglementation »: the sentence denies what it names. */
const NEGATION = /\b(n'|ne |pas\b|aucune?\b|non\b|sans\b)/;
/** A legal reference a reader can look up. */
const REFERENCE =
  /decret|arrete|article|\bart\.|\bloi\b|code (du|de la|des)|norme|directive|reglement (ue|europeen|\(ue\))|\b[lrd]\. ?\d{3,}/;

/**
 * RNCP 5° / RS 4°: legal and regulatory constraints of the trade. When the activity is regulated (RS category
 * « obligation légale », or the dossier names a regulation), the fiche cites the texts.
 */
export const legalConstraintsCheck: ReadinessCheck = {
  id: 'contraintes-reglementaires',
  title: 'Les textes qui encadrent l’exercice du métier sont cités quand l’activité est réglementée',
  criteria: { RNCP: ['5'], RS: ['4'] },
  sources: [article('RNCP', '5'), article('RS', '4')],
  fields: [RULES, CATEGORY],
  run(ctx, number) {
    const rules = ctx.text(RULES);
    const signs = [
      ctx.text(CATEGORY),
      ctx.text('fiche.objectifsContexte'),
      ctx.text(argumentaireId(ctx.repertoire, number)),
    ];
    const regulated = signs
      .join('\n')
      .split(/(?<=[.;!?])\s+|\n+/)
      .some((sentence) => mentions(sentence, REGULATED) && !mentions(sentence, NEGATION));
    const sources = [article(ctx.repertoire, number)];
    if (!regulated) return [];
    if (rules === '')
      return [
        {
          severity: 'bloquant',
          message:
            'L’activité est réglementée, mais les références juridiques des réglementations d’activité ne sont pas renseignées : citez les textes (décret, arrêté, norme) qui l’encadrent.',
          paths: [RULES],
          sources,
        },
      ];
    if (mentions(rules, REFERENCE)) return [];
    return [
      {
        severity: 'a-completer',
        message:
          'Les réglementations d’activité ne citent aucun texte : donnez les références précises (numéro et date du décret ou de l’arrêté, norme, article de code).',
        paths: [RULES],
        sources,
      },
    ];
  },
};
