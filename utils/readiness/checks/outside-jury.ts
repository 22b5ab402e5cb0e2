import { article, framework, NOTE_PARTNERS_2020 } from '../sources';
import type { FindingDraft, ReadinessCheck } from '../types';
import { namesOutsideProfessional, VOIES } from './jury';

/**
 * RNCP 4° / RS 3° (organisation of the evaluations): each open access route has a jury whose composition
 * names professionals from outside the training (framework C6; the jury is the certifier's alone, note of
 * 28 February 2020). The VAE jury of an RNCP request is checked under 6°.
 */
export const outsideJuryCheck: ReadinessCheck = {
  id: 'jury-professionnels',
  title: 'Chaque voie d’accès ouverte a un jury qui comprend des professionnels extérieurs',
  criteria: { RNCP: ['4'], RS: ['3'] },
  sources: [framework('C6 (jurys constitués de personnes externes au dispositif)'), NOTE_PARTNERS_2020],
  fields: VOIES.map((v) => `fiche.voiesAcces.${v.key}.compositionJury`),
  run(ctx, number) {
    const out: FindingDraft[] = [];
    for (const v of VOIES) {
      if (v.key === 'vae' && ctx.repertoire === 'RNCP') continue;
      if (v.key === 'ca' && ctx.repertoire === 'RS') continue;
      if (ctx.text(`fiche.voiesAcces.${v.key}.autorise`) !== 'Autorisé') continue;
      const path = `fiche.voiesAcces.${v.key}.compositionJury`;
      const composition = ctx.text(path);
      if (composition === '')
        out.push({
          severity: 'bloquant',
          message: `La voie d’accès « ${v.label} » est ouverte sans composition du jury : décrivez qui compose le jury.`,
          paths: [path],
        });
      else if (!namesOutsideProfessional(composition))
        out.push({
          severity: 'a-completer',
          message: `Le jury de la voie « ${v.label} » ne nomme aucun professionnel extérieur à l’organisme de formation : précisez leur présence et leur part dans le jury.`,
          paths: [path],
        });
    }
    const sources = [article(ctx.repertoire, number), ...outsideJuryCheck.sources];
    return out.map((f) => ({ ...f, sources }));
  },
};
