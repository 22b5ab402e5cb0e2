import { article, TELEPROCEDURE } from '../sources';
import type { ReadinessCheck } from '../types';

const PIECE = 'pieces.referentiel';

/** RNCP 3° / RS 2°: the référentiels themselves (activities, compétences, evaluation) are attached. */
export const referentielPieceCheck: ReadinessCheck = {
  id: 'referentiel-joint',
  title: 'Les référentiels (activités, compétences, évaluation) sont joints',
  criteria: { RNCP: ['3'], RS: ['2'] },
  sources: [article('RNCP', '3'), article('RS', '2'), TELEPROCEDURE],
  fields: [PIECE],
  run(ctx, number) {
    if (ctx.attachments(PIECE).length > 0) return [];
    return [
      {
        severity: 'bloquant',
        message:
          ctx.repertoire === 'RNCP'
            ? 'Joignez le référentiel d’activités, de compétences et d’évaluation : c’est lui que l’instructeur examine au titre du critère 3°.'
            : 'Joignez le référentiel de compétences et le référentiel d’évaluation : c’est eux que l’instructeur examine au titre du critère 2°.',
        paths: [PIECE],
        sources: [article(ctx.repertoire, number), TELEPROCEDURE],
      },
    ];
  },
};
