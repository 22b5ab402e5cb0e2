import type { Dossier } from '@/utils/dossier/model';

/** Pieces that must be recent (under 3 months): their date is asked for. */
export const DATED_PIECES: ReadonlySet<string> = new Set([
  'compte.pjExistenceLegale',
  'compte.pjDelegationMandat',
  'pieces.bulletinN3',
]);

/** Takes the attachment off the dossier; its bytes stay while the history refers to them. */
export function removeAttachment(d: Dossier, id: string): Dossier {
  return { ...d, attachments: d.attachments.filter((a) => a.id !== id) };
}

export function setDocumentDate(d: Dossier, id: string, date: string | null): Dossier {
  return { ...d, attachments: d.attachments.map((a) => (a.id === id ? { ...a, documentDate: date } : a)) };
}

/** True when a YYYY-MM-DD date is more than three months before `today`. */
export function olderThanThreeMonths(day: string, today = new Date()): boolean {
  const limit = new Date(today);
  limit.setMonth(limit.getMonth() - 3);
  return day < limit.toISOString().slice(0, 10);
}
