import { argumentaireId } from '../criterion-ids';
import { article, PROMOTIONS_RULE } from '../sources';
import { mentions } from '../text';
import type { FindingDraft, ReadinessCheck } from '../types';
import { promotionsInWindow } from './promotion-years';

const JOBS =
  /emplois? occupes?|postes?|intitules? d'emploi|metiers? vises?|code rome|codes rome|rome|fonctions? occupees?/;

/** RNCP 1°: the jobs the holders hold, compared with the job the certification aims at. */
export const jobsHeldCheck: ReadinessCheck = {
  id: 'emplois-occupes',
  title:
    'Les emplois occupés par les titulaires sont comparés au métier visé (intitulés, ROME, taux d’insertion dans le métier)',
  criteria: { RNCP: ['1'] },
  sources: [article('RNCP', '1'), PROMOTIONS_RULE.RNCP],
  fields: [
    argumentaireId('RNCP', '1'),
    'promotions[].tauxInsertionMetier6mois',
    'promotions[].tauxInsertionMetier2ans',
  ],
  run(ctx) {
    const out: FindingDraft[] = [];
    const path = argumentaireId('RNCP', '1');
    const text = ctx.text(path);
    if (text !== '' && !mentions(text, JOBS))
      out.push({
        severity: 'a-completer',
        message:
          'L’argumentaire ne dit pas quels emplois occupent les titulaires : donnez les intitulés de poste (ou codes ROME) et leur part correspondant au métier visé.',
        paths: [path],
      });
    const promotions = promotionsInWindow(ctx);
    const withRate = promotions.filter(
      ({ item }) =>
        (item.tauxInsertionMetier6mois != null && item.tauxInsertionMetier6mois !== '') ||
        (item.tauxInsertionMetier2ans != null && item.tauxInsertionMetier2ans !== ''),
    );
    if (promotions.length > 0 && withRate.length === 0)
      out.push({
        severity: 'a-completer',
        message:
          'Aucune promotion retenue n’indique de taux d’insertion dans le métier visé (à 6 mois ou à 2 ans) : c’est la mesure de l’adéquation des emplois occupés.',
        paths: promotions.map(({ index }) => `promotions[${index}].tauxInsertionMetier6mois`),
      });
    return out;
  },
};
