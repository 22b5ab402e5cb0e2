import { type DocumentName, datedDocumentFindings } from '../../dated';
import { ACCOUNT_PIECES, HONORABILITY } from '../../sources';
import type { FindingDraft, ReadinessCheck, ReadinessContext } from '../../types';

const B3 = 'pieces.bulletinN3';
const EXISTENCE = 'compte.pjExistenceLegale';
const DELEGATION = 'compte.pjDelegationMandat';

/** R. 6113-14: the bulletin n° 3 of the managers, under three months old, is annexed to the request. */
export const criminalRecordCheck: ReadinessCheck = {
  id: 'bulletin-n3',
  title: 'Le bulletin n° 3 du casier judiciaire des dirigeants est joint et date de moins de 3 mois au dépôt',
  criteria: { RNCP: ['recevabilite'], RS: ['recevabilite'] },
  sources: [HONORABILITY],
  fields: [B3],
  run(ctx) {
    const docs = ctx.attachments(B3);
    if (docs.length === 0)
      return [
        {
          severity: 'bloquant',
          message:
            'Joignez le bulletin n° 3 du casier judiciaire des personnes qui dirigent ou administrent l’organisme, daté de moins de 3 mois.',
          paths: [B3],
        },
      ];
    return bestCopy(docs, { le: 'le bulletin n° 3', du: 'du bulletin n° 3' }, ctx.filingDate);
  },
};

/** The account's proof of legal existence (extrait Kbis…), under three months old. */
export const legalExistenceCheck: ReadinessCheck = {
  id: 'existence-legale',
  title: 'Le document d’existence légale (extrait Kbis…) est joint et date de moins de 3 mois au dépôt',
  criteria: { RNCP: ['recevabilite'], RS: ['recevabilite'] },
  sources: [ACCOUNT_PIECES],
  fields: [EXISTENCE],
  run(ctx) {
    const docs = ctx.attachments(EXISTENCE);
    if (docs.length === 0)
      return [
        {
          severity: 'bloquant',
          message:
            'Joignez le document d’existence légale de l’organisme (extrait Kbis, annonce au Journal officiel pour une association, texte de création pour un organisme public).',
          paths: [EXISTENCE],
        },
      ];
    return bestCopy(
      docs,
      { le: 'le document d’existence légale', du: 'du document d’existence légale' },
      ctx.filingDate,
    );
  },
};

/**
 * The délégation de mandat, under three months old: required for a ministry (signed by its legal
 * representative), and dated like the others whenever one is attached.
 */
export const delegationCheck: ReadinessCheck = {
  id: 'delegation',
  title: 'La délégation de mandat, quand elle est requise ou jointe, date de moins de 3 mois au dépôt',
  criteria: { RNCP: ['recevabilite'], RS: ['recevabilite'] },
  sources: [ACCOUNT_PIECES],
  fields: [DELEGATION],
  run(ctx) {
    const docs = ctx.attachments(DELEGATION);
    if (docs.length === 0)
      return ctx.text('compte.typeEntite') === 'Ministère'
        ? [
            {
              severity: 'bloquant',
              message:
                'Joignez la délégation de mandat signée par le représentant légal du ministère, datée de moins de 3 mois.',
              paths: [DELEGATION],
            },
          ]
        : [];
    return bestCopy(
      docs,
      { le: 'la délégation de mandat', du: 'de la délégation de mandat' },
      ctx.filingDate,
    );
  },
};

type Docs = ReturnType<ReadinessContext['attachments']>;

/** With several copies of a document one valid copy is enough; otherwise the findings of the least bad one. */
function bestCopy(docs: Docs, what: DocumentName, filingDate: string): FindingDraft[] {
  const each = docs.map((d) => datedDocumentFindings(d, what, filingDate));
  if (each.some((f) => f.length === 0)) return [];
  return each.find((f) => f.every((x) => x.severity !== 'bloquant')) ?? each[0] ?? [];
}
