import { type DocumentName, datedDocumentFindings } from '../../dated';
import { ACCOUNT_PIECES, HONORABILITY } from '../../sources';
import type { FindingDraft, ReadinessCheck, ReadinessContext } from '../../types';

interface DatedPiece {
  id: string;
  title: string;
  source: string;
  fieldId: string;
  name: DocumentName;
  /** What to say when the document is missing and required here; null when it is not required. */
  missing: (ctx: ReadinessContext) => string | null;
}

type Docs = ReturnType<ReadinessContext['attachments']>;

/** With several copies of a document one valid copy is enough; otherwise the findings of the least bad one. */
function bestCopy(docs: Docs, what: DocumentName, filingDate: string): FindingDraft[] {
  const each = docs.map((d) => datedDocumentFindings(d, what, filingDate));
  if (each.some((f) => f.length === 0)) return [];
  return each.find((f) => f.every((x) => x.severity !== 'bloquant')) ?? each[0] ?? [];
}

/** A recevabilité check on one document that must date from less than three months on the filing date. */
function datedPieceCheck(piece: DatedPiece): ReadinessCheck {
  return {
    id: piece.id,
    title: piece.title,
    criteria: { RNCP: ['recevabilite'], RS: ['recevabilite'] },
    sources: [piece.source],
    fields: [piece.fieldId],
    run(ctx) {
      const docs = ctx.attachments(piece.fieldId);
      if (docs.length > 0) return bestCopy(docs, piece.name, ctx.filingDate);
      const message = piece.missing(ctx);
      return message ? [{ severity: 'bloquant', message, paths: [piece.fieldId] }] : [];
    },
  };
}

/** R. 6113-14: the bulletin n° 3 of the managers, under three months old, is annexed to the request. */
export const criminalRecordCheck = datedPieceCheck({
  id: 'bulletin-n3',
  title: 'Le bulletin n° 3 du casier judiciaire des dirigeants est joint et date de moins de 3 mois au dépôt',
  source: HONORABILITY,
  fieldId: 'pieces.bulletinN3',
  name: { le: 'le bulletin n° 3', du: 'du bulletin n° 3' },
  missing: () =>
    'Joignez le bulletin n° 3 du casier judiciaire des personnes qui dirigent ou administrent l’organisme, daté de moins de 3 mois.',
});

/** The account's proof of legal existence (extrait Kbis…), under three months old. */
export const legalExistenceCheck = datedPieceCheck({
  id: 'existence-legale',
  title: 'Le document d’existence légale (extrait Kbis…) est joint et date de moins de 3 mois au dépôt',
  source: ACCOUNT_PIECES,
  fieldId: 'compte.pjExistenceLegale',
  name: { le: 'le document d’existence légale', du: 'du document d’existence légale' },
  missing: () =>
    'Joignez le document d’existence légale de l’organisme (extrait Kbis, annonce au Journal officiel pour une association, texte de création pour un organisme public).',
});

/**
 * The délégation de mandat, under three months old: required for a ministry (signed by its legal
 * representative), and dated like the others whenever one is attached.
 */
export const delegationCheck = datedPieceCheck({
  id: 'delegation',
  title: 'La délégation de mandat, quand elle est requise ou jointe, date de moins de 3 mois au dépôt',
  source: ACCOUNT_PIECES,
  fieldId: 'compte.pjDelegationMandat',
  name: { le: 'la délégation de mandat', du: 'de la délégation de mandat' },
  missing: (ctx) =>
    ctx.text('compte.typeEntite') === 'Ministère'
      ? 'Joignez la délégation de mandat signée par le représentant légal du ministère, datée de moins de 3 mois.'
      : null,
});
