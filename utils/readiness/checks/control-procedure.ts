import { argumentaireId, piecesId } from '../criterion-ids';
import { article, framework, NOTE_PARTNERS_2020 } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';
import { evaluatingPartners, hasPartners } from './partners';

const PROCEDURE = 'pieces.procedureControle';
const DESCRIBES_CONTROL = /controles?|audit|verifi|surveill|inspect|visites?/;

/**
 * RNCP 4° / RS 3°: control procedures for the organisation of the evaluations (and, since décret 2025-500,
 * of the training actions), by the certifier or its partners; framework C6 asks for a document « Modalités
 * d’organisation et de contrôle de la certification ».
 */
export const controlProcedureCheck: ReadinessCheck = {
  id: 'procedure-controle',
  title: 'La procédure de contrôle de l’organisation des épreuves est jointe',
  criteria: { RNCP: ['4'], RS: ['3'] },
  sources: [
    article('RNCP', '4'),
    article('RS', '3'),
    framework('C6 (modalités d’organisation et de contrôle)'),
  ],
  fields: [PROCEDURE, piecesId('RNCP', '4'), piecesId('RS', '3')],
  run(ctx, number) {
    const pieces = piecesId(ctx.repertoire, number);
    if (ctx.attachments(PROCEDURE, pieces).length > 0) return [];
    const path = argumentaireId(ctx.repertoire, number);
    const network = hasPartners(ctx);
    const sources = [
      article(ctx.repertoire, number),
      framework('C6 (modalités d’organisation et de contrôle)'),
      ...(network ? [NOTE_PARTNERS_2020] : []),
    ];
    const scope =
      evaluatingPartners(ctx).length > 0
        ? ', y compris les sessions organisées par vos partenaires habilités'
        : '';
    if (mentions(ctx.text(path), DESCRIBES_CONTROL))
      return [
        {
          severity: 'a-completer',
          message: `L’argumentaire décrit des contrôles, mais la procédure elle-même n’est pas jointe : joignez le document qui fixe l’organisation des épreuves et leur contrôle (avant, pendant et après l’évaluation${scope}).`,
          paths: [PROCEDURE, pieces],
          sources,
        },
      ];
    return [
      {
        severity: 'bloquant',
        message: `Aucune procédure de contrôle n’est jointe ni décrite : le critère demande des procédures de contrôle de l’organisation des épreuves d’évaluation${scope}.`,
        paths: [PROCEDURE, path],
        sources,
      },
    ];
  },
};
