import { argumentaireId } from '../criterion-ids';
import { article, FAQ_RS_USAGE } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';

const LETTERS = 'pieces.lettresSoutien';
/** Evidence that employers use the certification: firms, job offers, letters, hiring. */
const USAGE =
  /valeur d'usage|entreprises?|employeurs?|offres? d'emploi|attestations?|lettres? de soutien|recrut|utilisateurs/;

/** RS 1°: opportunity and usage value are cumulative (FC FAQ); the usage value needs employers' evidence. */
export const usageValueCheck: ReadinessCheck = {
  id: 'valeur-usage',
  title: 'La valeur d’usage est démontrée (entreprises, offres d’emploi, attestations)',
  criteria: { RS: ['1'] },
  sources: [FAQ_RS_USAGE],
  fields: [argumentaireId('RS', '1'), LETTERS],
  run(ctx, number) {
    const path = argumentaireId('RS', number);
    const text = ctx.text(path);
    if (text === '' || ctx.attachments(LETTERS).length > 0 || mentions(text, USAGE)) return [];
    return [
      {
        severity: 'a-completer',
        message:
          'L’argumentaire ne montre pas la valeur d’usage de la certification : citez les entreprises qui la demandent, les offres d’emploi qui la mentionnent, ou joignez des lettres de soutien.',
        paths: [path, LETTERS],
        sources: [article('RS', number), FAQ_RS_USAGE],
      },
    ];
  },
};
