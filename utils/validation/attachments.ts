import type { AttachmentMeta } from '../dossier/model';
import { addMonths, daysBetween, formatDateFr, parseIsoDate, startOfDay } from './dates';
import type { Problem } from './types';

/** Documents that must date from less than 3 months, by the field they answer. */
export const DATED_DOCUMENTS: Record<string, string> = {
  'compte.pjExistenceLegale': 'Le document d’existence légale (extrait Kbis…)',
  'pieces.bulletinN3': 'Le bulletin n° 3 du casier judiciaire',
  'compte.pjDelegationMandat': 'La délégation de mandat',
};

export const VALIDITY_MONTHS = 3;
/** Warn this many days before a document passes 3 months. */
export const EXPIRY_WARNING_DAYS = 14;

type Dated = Pick<AttachmentMeta, 'fieldId' | 'name' | 'documentDate'>;

/** The 3-month rule on each dated document; `filedOn` (planned filing date) is checked too when later. */
export function attachmentDateProblems(
  attachments: Dated[],
  today: Date,
  filedOn: string | null = null,
): Problem[] {
  const out: Problem[] = [];
  const now = startOfDay(today);
  const filing = filedOn ? parseIsoDate(filedOn) : null;
  for (const a of attachments) {
    const what = DATED_DOCUMENTS[a.fieldId];
    if (!what) continue;
    const at = (severity: Problem['severity'], code: string, message: string) =>
      out.push({ path: a.fieldId, fieldId: a.fieldId, severity, code, message: `${message} (${a.name})` });
    const date = a.documentDate ? parseIsoDate(a.documentDate) : null;
    if (!date) {
      at(
        'warning',
        'date-missing',
        `Indiquez la date du document : ${lower(what)} doit dater de moins de 3 mois`,
      );
      continue;
    }
    if (date > now) {
      at('error', 'date-future', `La date du document (${formatDateFr(date)}) est dans le futur`);
      continue;
    }
    const expires = addMonths(date, VALIDITY_MONTHS);
    const left = daysBetween(now, expires);
    if (left < 0) {
      at(
        'error',
        'document-too-old',
        `${what} date du ${formatDateFr(date)} : il doit dater de moins de 3 mois. Joignez un document plus récent`,
      );
    } else if (filing && filing > now && filing > expires) {
      at(
        'warning',
        'document-expires-before-filing',
        `${what} aura plus de 3 mois le ${formatDateFr(filing)}, date de dépôt prévue`,
      );
    } else if (left <= EXPIRY_WARNING_DAYS) {
      at(
        'warning',
        'document-expires-soon',
        `${what} aura plus de 3 mois ${left === 0 ? 'demain' : `dans ${left + 1} jours`} (le ${formatDateFr(addDays(expires, 1))})`,
      );
    }
  }
  return out;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
