import { article, NOTE_BLOCS_2019 } from '../sources';
import type { ReadinessCheck } from '../types';

const HOW = 'fiche.modalitesAcquisitionBlocs';

/** RNCP 7° (note of 27 June 2019, point 5): how the blocs are obtained and how they add up to the certification. */
export const blocObtentionCheck: ReadinessCheck = {
  id: 'blocs-obtention',
  title: 'Les modalités d’obtention des blocs et de la certification sont décrites',
  criteria: { RNCP: ['7'] },
  sources: [article('RNCP', '7'), NOTE_BLOCS_2019],
  fields: [HOW],
  run(ctx) {
    if (ctx.items('fiche.blocs').length === 0 || ctx.text(HOW) !== '') return [];
    return [
      {
        severity: 'a-completer',
        message:
          'Décrivez les modalités d’acquisition de la certification par capitalisation des blocs : validation de chaque bloc, attestation, blocs nécessaires pour la certification complète.',
        paths: [HOW],
      },
    ];
  },
};
