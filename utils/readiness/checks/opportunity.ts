import { article, framework, RENEWAL_NOTICE } from '../sources';
import type { FindingDraft, ReadinessCheck } from '../types';

const STUDY = 'pieces.etudeOpportunite';
const REVIEW = 'pieces.bilanMiseEnOeuvre';

/**
 * RS 1°: the adequacy to the labour market is « appréciée au moyen d’une étude », completed by a review
 * of the previous registration when renewing. RNCP 1°: the opportunity note and, for a renewal, the review
 * showing how the previous recommendations were handled.
 */
export const opportunityCheck: ReadinessCheck = {
  id: 'etude-opportunite',
  title: 'L’étude (note) d’opportunité est jointe, et le bilan de mise en œuvre pour un renouvellement',
  criteria: { RNCP: ['1'], RS: ['1'] },
  sources: [framework('C3 (note d’opportunité)'), RENEWAL_NOTICE],
  fields: [STUDY, REVIEW],
  run(ctx, number) {
    const out: FindingDraft[] = [];
    const law = article(ctx.repertoire, number);
    if (ctx.attachments(STUDY).length === 0)
      out.push({
        severity: 'bloquant',
        message:
          ctx.repertoire === 'RS'
            ? 'Joignez l’étude d’opportunité : au Répertoire spécifique, l’adéquation aux besoins du marché du travail est appréciée au moyen d’une étude.'
            : 'Joignez la note d’opportunité : besoins du marché du travail, certifications existantes proches, public visé et plus-value du projet.',
        paths: [STUDY],
        sources: [law, framework('C3 (note d’opportunité)')],
      });
    if (ctx.dossier.requestKind === 'renouvellement' && ctx.attachments(REVIEW).length === 0)
      out.push({
        severity: 'bloquant',
        message:
          'Joignez le bilan de mise en œuvre de la certification précédemment enregistrée : il montre comment les recommandations du précédent enregistrement ont été prises en compte.',
        paths: [REVIEW],
        sources: [law, RENEWAL_NOTICE],
      });
    return out;
  },
};
