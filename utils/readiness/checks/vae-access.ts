import { article, framework } from '../sources';
import type { FindingDraft, ReadinessCheck } from '../types';
import { namesOutsideProfessional } from './jury';

const OPEN = 'fiche.voiesAcces.vae.autorise';
const JURY = 'fiche.voiesAcces.vae.compositionJury';

/** RNCP 6°: the certification is open to VAE, with a jury whose composition is given and includes outside professionals. */
export const vaeAccessCheck: ReadinessCheck = {
  id: 'vae-ouverte',
  title: 'La VAE est ouverte, avec la composition de son jury (professionnels extérieurs)',
  criteria: { RNCP: ['6'] },
  sources: [article('RNCP', '6'), framework('C6 (jurys, dispositif de VAE)')],
  fields: [OPEN, JURY],
  run(ctx) {
    const out: FindingDraft[] = [];
    if (ctx.text(OPEN) !== 'Autorisé') {
      out.push({
        severity: 'bloquant',
        message:
          'L’accès par la validation des acquis de l’expérience n’est pas ouvert : le critère 6° demande que la certification soit accessible par la VAE (choisissez « Autorisé »).',
        paths: [OPEN],
      });
      return out;
    }
    const jury = ctx.text(JURY);
    if (jury === '')
      out.push({
        severity: 'bloquant',
        message: 'La VAE est ouverte, mais la composition de son jury n’est pas décrite.',
        paths: [JURY],
      });
    else if (!namesOutsideProfessional(jury))
      out.push({
        severity: 'a-completer',
        message:
          'Le jury de VAE ne nomme aucun professionnel extérieur à l’organisme : précisez leur présence et leur part dans le jury.',
        paths: [JURY],
      });
    return out;
  },
};
