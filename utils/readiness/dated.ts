/** The 3-month rule on dated documents, read at the filing date rather than today. */
import { addMonths, formatDateFr, parseIsoDate } from '../validation/dates';
import type { FindingDraft, ReadinessDossier } from './types';

export const VALIDITY_MONTHS = 3;

type Dated = ReadinessDossier['attachments'][number];

/** A document's French name, with its article (« le bulletin n° 3 ») and after « de » (« du bulletin n° 3 »). */
export interface DocumentName {
  le: string;
  du: string;
}

/**
 * Findings for one document that must date from less than three months on the filing date:
 * no date given, dated after the filing, or older than three months then.
 */
export function datedDocumentFindings(doc: Dated, what: DocumentName, filingDate: string): FindingDraft[] {
  const filing = parseIsoDate(filingDate);
  const date = doc.documentDate ? parseIsoDate(doc.documentDate) : null;
  const paths = [doc.fieldId];
  if (!filing) return [];
  if (!date)
    return [
      {
        severity: 'a-completer',
        message: `Indiquez la date ${what.du} (« ${doc.name} ») : le document doit dater de moins de 3 mois le jour du dépôt.`,
        paths,
      },
    ];
  if (date > filing)
    return [
      {
        severity: 'a-completer',
        message: `${capital(what.le)} (« ${doc.name} ») porte la date du ${formatDateFr(date)}, postérieure à la date de dépôt retenue (${formatDateFr(filing)}) : vérifiez la date.`,
        paths,
      },
    ];
  const expires = addMonths(date, VALIDITY_MONTHS);
  if (filing > expires)
    return [
      {
        severity: 'bloquant',
        message: `${capital(what.le)} (« ${doc.name} ») date du ${formatDateFr(date)} : le document aura plus de 3 mois le ${formatDateFr(filing)}, date de dépôt retenue. Joignez-en un plus récent.`,
        paths,
      },
    ];
  return [];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
