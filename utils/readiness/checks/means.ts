import { argumentaireId, piecesId } from '../criterion-ids';
import { article } from '../sources';
import { frenchList, mentions } from '../text';
import type { FindingDraft, ReadinessCheck } from '../types';
import { ANNOUNCES_PIECE } from './announced-pieces';
import { partnerName, trainingPartners } from './partners';

const MEANS = 'pieces.moyensPedagogiques';
const NAMES_PARTNERS =
  /partenaires?|organismes? habilites?|organismes? de formation habilites?|centres? habilites?|reseau/;

/**
 * RNCP 2° bis / RS 1° quater: the reality of the technical, teaching and supervising means used for the
 * training followed by the promotions is verified: the dossier attaches the evidence (trainers' CVs,
 * technical platforms), for the certifier and for the partners that train.
 */
export const meansCheck: ReadinessCheck = {
  id: 'moyens',
  title: 'Les preuves des moyens techniques, pédagogiques et d’encadrement sont jointes, partenaires compris',
  criteria: { RNCP: ['2 bis'], RS: ['1 quater'] },
  sources: [article('RNCP', '2 bis'), article('RS', '1 quater')],
  fields: [MEANS, piecesId('RNCP', '2 bis'), piecesId('RS', '1 quater')],
  run(ctx, number) {
    const out: FindingDraft[] = [];
    const path = argumentaireId(ctx.repertoire, number);
    const pieces = piecesId(ctx.repertoire, number);
    const text = ctx.text(path);
    if (ctx.attachments(pieces, MEANS).length === 0)
      out.push({
        severity: 'a-completer',
        message: `${mentions(text, ANNOUNCES_PIECE) ? 'L’argumentaire annonce des pièces jointes, mais aucune n’est jointe. ' : ''}Joignez les preuves des moyens mis en œuvre : CV des formateurs, description des plateaux techniques et des locaux, taux d’encadrement.`,
        paths: [pieces, MEANS],
      });
    const trainers = trainingPartners(ctx);
    if (text !== '' && trainers.length > 0 && !mentions(text, NAMES_PARTNERS))
      out.push({
        severity: 'a-completer',
        message: `${trainers.length > 1 ? 'Vos partenaires' : 'Votre partenaire'} ${frenchList(trainers.map(partnerName))} ${trainers.length > 1 ? 'forment' : 'forme'} aussi des candidats : décrivez ${trainers.length > 1 ? 'leurs' : 'ses'} moyens, ou la façon dont vous les vérifiez.`,
        paths: [path, ...trainers.map((p) => `partenaires[${p.index}].nom`)],
      });
    return out.map((f) => ({ ...f, sources: [article(ctx.repertoire, number)] }));
  },
};
