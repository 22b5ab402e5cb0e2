import { argumentaireId } from '../criterion-ids';
import { article } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';

/** A comparison with certifications aiming at similar jobs: figures set against others'. */
const COMPARES =
  /compar|contre \d|moyenne|similaires?|proches?|equivalentes?|benchmark|inserjeunes|au-dessus|superieure? (a|aux)|inferieure? (a|aux)|autres certifications/;

/** RNCP 2°: the impact on access to employment is « comparé à l’impact de certifications … similaires ou proches ». */
export const comparisonCheck: ReadinessCheck = {
  id: 'impact-compare',
  title: 'L’impact sur l’emploi est comparé à celui de certifications visant des métiers proches',
  criteria: { RNCP: ['2'] },
  sources: [article('RNCP', '2')],
  fields: [argumentaireId('RNCP', '2')],
  run(ctx) {
    const path = argumentaireId('RNCP', '2');
    const text = ctx.text(path);
    if (text === '' || mentions(text, COMPARES)) return [];
    return [
      {
        severity: 'a-completer',
        message:
          'L’argumentaire donne l’impact sur l’emploi sans le comparer : situez les taux d’insertion par rapport à des certifications visant des métiers similaires ou proches (source et année).',
        paths: [path],
      },
    ];
  },
};
