import { argumentaireId, piecesId } from '../criterion-ids';
import { article } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';
import { ANNOUNCES_PIECE } from './announced-pieces';

const MEANS = 'pieces.moyensPedagogiques';

/**
 * RNCP 2° ter / RS 1° quinquies: the training actions fit the référentiels; the evidence is the programme
 * and a table linking each module to the compétences it develops.
 */
export const trainingFitCheck: ReadinessCheck = {
  id: 'programme-referentiel',
  title: 'Le programme de formation et sa correspondance avec le référentiel sont joints',
  criteria: { RNCP: ['2 ter'], RS: ['1 quinquies'] },
  sources: [article('RNCP', '2 ter'), article('RS', '1 quinquies')],
  fields: [piecesId('RNCP', '2 ter'), piecesId('RS', '1 quinquies'), MEANS],
  run(ctx, number) {
    const pieces = piecesId(ctx.repertoire, number);
    if (ctx.attachments(pieces).length > 0) return [];
    const announced = mentions(ctx.text(argumentaireId(ctx.repertoire, number)), ANNOUNCES_PIECE);
    return [
      {
        severity: 'a-completer',
        message: `${announced ? 'L’argumentaire annonce un document joint, mais aucune pièce n’est jointe. ' : ''}Joignez le programme de formation et le tableau qui relie chaque module aux compétences du référentiel qu’il développe.`,
        paths: [pieces],
        sources: [article(ctx.repertoire, number)],
      },
    ];
  },
};
