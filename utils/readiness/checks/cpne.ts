import { argumentaireId, criterionName, piecesId } from '../criterion-ids';
import { article } from '../sources';
import { frenchList, mentions } from '../text';
import type { ReadinessCheck } from '../types';

const IDCC = 'fiche.idcc';
const MINUTES = 'pieces.cpne';
const CPNE = /cpne|commission paritaire|partenaires sociaux/;
const DENIES =
  /sans objet|n'a pas ete (associee|consultee|elaboree|saisie)|pas ete elaboree|aucune cpne|pas de cpne|non associee|pas associee/;
const REASON =
  /\b(car|parce qu|en raison|faute d|puisqu|n'existe pas|n'a pas de cpne|pas de cpne dans|absence de cpne|aucune branche|ne releve d'aucune)/;
const ASSOCIATED = /consultee|associee|validee?|avis|a participe|deliber|co-?construit|saisie/;

/**
 * RNCP 9° / RS 6° (« le cas échéant »): how the CPNE of the professional branches took part in writing or
 * validating the référentiels. When the dossier names branches (IDCC) or a CPNE, the argumentaire says how
 * it was associated (with its opinion attached), or why it was not.
 */
export const cpneCheck: ReadinessCheck = {
  id: 'cpne',
  title: 'Quand une branche est concernée, l’association de sa CPNE est décrite (ou son absence expliquée)',
  criteria: { RNCP: ['9'], RS: ['6'] },
  sources: [article('RNCP', '9'), article('RS', '6')],
  fields: [
    IDCC,
    MINUTES,
    argumentaireId('RNCP', '9'),
    argumentaireId('RS', '6'),
    piecesId('RNCP', '9'),
    piecesId('RS', '6'),
  ],
  run(ctx, number) {
    const path = argumentaireId(ctx.repertoire, number);
    const text = ctx.text(path);
    const idcc = ctx.text(IDCC).split('\n').filter(Boolean);
    const concerned =
      idcc.length > 0 || mentions(text, CPNE) || mentions(ctx.text('fiche.intitule'), /\bcqp\b/);
    if (!concerned) return [];
    const sources = [article(ctx.repertoire, number)];
    const branches =
      idcc.length > 0 ? `La certification vise des branches (IDCC ${frenchList(idcc)}) : ` : '';
    if (text === '')
      return [
        {
          severity: 'a-completer',
          message: `${branches}dites dans l’argumentaire du ${criterionName(number)} comment la CPNE a été associée à l’élaboration ou à la validation des référentiels, ou pourquoi elle ne l’a pas été.`,
          paths: [path, IDCC],
          sources,
        },
      ];
    if (mentions(text, DENIES))
      return mentions(text, REASON)
        ? []
        : [
            {
              severity: 'a-completer',
              message: `${branches || 'L’argumentaire écarte la CPNE : '}expliquez pourquoi la CPNE de la branche n’a pas été associée aux référentiels (l’argumentaire le constate sans le justifier).`,
              paths: [path],
              sources,
            },
          ];
    if (
      mentions(text, CPNE) &&
      mentions(text, ASSOCIATED) &&
      ctx.attachments(MINUTES, piecesId(ctx.repertoire, number)).length === 0
    )
      return [
        {
          severity: 'a-completer',
          message:
            'L’argumentaire fait état de l’avis ou de la participation de la CPNE : joignez-en la trace (avis, délibération, compte rendu).',
          paths: [MINUTES, path],
          sources,
        },
      ];
    return [];
  },
};
