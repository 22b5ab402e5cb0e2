import { criterionFields } from '../../comments/criterion-fields';
import { argumentaireId, criterionName, piecesId } from '../criterion-ids';
import { framework } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';

/** « ci-joint », « en annexe », « joints »… on folded text. */
export const ANNOUNCES_PIECE =
  /\b(ci-?jointe?s?|jointe?s?|en annexe|annexee?s?|en piece jointe|fournie?s? en pj)\b/;

/**
 * The argumentaire says a document is attached but none of the criterion's attachments is there.
 * Criteria whose evidence has a check of its own (means, programme, control, VAE, correspondences,
 * CPNE) are left to that check.
 */
export const announcedPiecesCheck: ReadinessCheck = {
  id: 'pieces-annoncees',
  title: 'Les pièces annoncées dans l’argumentaire sont jointes',
  criteria: { RNCP: ['1', '2', '3', '5', '7'], RS: ['1', '1 bis', '1 ter', '2', '4'] },
  sources: [framework('C9 (éléments collectés auprès du certificateur)')],
  fields: [
    ...['1', '2', '3', '5', '7'].map((n) => piecesId('RNCP', n)),
    ...['1', '1 bis', '1 ter', '2', '4'].map((n) => piecesId('RS', n)),
  ],
  run(ctx, number) {
    const path = argumentaireId(ctx.repertoire, number);
    if (!mentions(ctx.text(path), ANNOUNCES_PIECE)) return [];
    const expected = criterionFields(ctx.repertoire, number).attachments;
    if (ctx.attachments(...expected).length > 0) return [];
    return [
      {
        severity: 'a-completer',
        message: `L’argumentaire du ${criterionName(number)} annonce un document joint, mais aucune pièce n’est jointe pour ce critère.`,
        paths: [piecesId(ctx.repertoire, number), path],
      },
    ];
  },
};
