import { longDate } from '../comments/due-text';
import type { AddedAttachment, ResponseDocument, ResponseRemark } from './assemble';
import type { FieldChange } from './field-changes';

const NBSP = '\u00a0';
const q = (text: string) => `«${NBSP}${text}${NBSP}»`;

/** « 12/01/2026 à 10:05 » (local time). */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} à ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The lines under the title: dossier, certification, dates. */
export function headerLines(doc: ResponseDocument): string[] {
  const out = [`Dossier${NBSP}: ${doc.dossierName} (${doc.repertoire})`];
  if (doc.certification) out.push(`Certification${NBSP}: ${doc.certification}`);
  out.push(
    `Demande de compléments reçue le ${longDate(doc.receivedOn)}${doc.letterDate ? ` (courrier du ${longDate(doc.letterDate)})` : ''}`,
  );
  out.push(
    doc.dueOn ? `Réponse attendue au plus tard le ${longDate(doc.dueOn)}` : 'Aucun délai de réponse indiqué',
  );
  return out;
}

/** Where the changes are counted from, when it is not the day the letter was received. */
export function sinceLine(doc: ResponseDocument): string | null {
  if (!doc.since) return 'Le dossier n’a pas d’historique : aucune modification ne peut être listée.';
  if (doc.since.exact) return null;
  if (doc.since.created)
    return `Modifications comptées depuis la création du dossier dans Certifill (${dateTime(doc.since.savedAt)}).`;
  return `Modifications comptées depuis la plus ancienne version conservée du dossier (${dateTime(doc.since.savedAt)}).`;
}

/** « Remarque 1 — RNCP 1° — Adéquation… » (the tracking status is the user's, not the instructor's business). */
export function remarkTitle(r: ResponseRemark): string {
  return `Remarque ${r.number} — ${r.criterion ?? 'Critère non identifié'}`;
}

/** « Jury VAE : « ancien » → « nouveau » », an empty value shown as « (vide) ». */
export function changeLine(c: FieldChange): string {
  const show = (v: string) => (v === '' ? '(vide)' : q(v));
  return `${c.label}${NBSP}: ${show(c.before)} → ${show(c.after)}`;
}

/** « dispositif-vae.pdf — Description du dispositif de VAE (ajoutée le 02/12/2026 à 10:05) ». */
export function attachmentLine(a: AddedAttachment): string {
  return `${a.name} — ${a.fieldLabel} (ajoutée le ${dateTime(a.addedAt)})`;
}
