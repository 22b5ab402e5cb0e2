import { argumentaireId, piecesId } from '../criterion-ids';
import { article, framework } from '../sources';
import type { ReadinessCheck } from '../types';

const DESCRIPTION = 'pieces.dispositifVae';

/**
 * RNCP 6° with VAE open: the VAE scheme is described (framework C6) and its tools given, starting with the
 * template of the candidate's declarative file (C7).
 */
export const vaeDescriptionCheck: ReadinessCheck = {
  id: 'vae-dispositif',
  title: 'Le dispositif de VAE est décrit dans une pièce jointe (étapes, accompagnement, trame du dossier)',
  criteria: { RNCP: ['6'] },
  sources: [
    article('RNCP', '6'),
    framework('C6 (dispositif de VAE décrit)'),
    framework('C7 (trame du dossier de VAE)'),
  ],
  fields: [DESCRIPTION, piecesId('RNCP', '6')],
  run(ctx) {
    if (ctx.text('fiche.voiesAcces.vae.autorise') !== 'Autorisé') return [];
    if (ctx.attachments(DESCRIPTION, piecesId('RNCP', '6')).length > 0) return [];
    return [
      {
        severity: 'a-completer',
        message:
          'Joignez la description du dispositif de VAE : recevabilité, accompagnement, trame du dossier de validation, entretien avec le jury.',
        paths: [DESCRIPTION, argumentaireId('RNCP', '6')],
      },
    ];
  },
};
