import { fieldsFor, getField } from '../catalogue';
import type { Repertoire } from '../catalogue/types';
import { normalizeFr } from '../matching/normalize';

/** « 1. », « II - », « A) » and a closing colon are layout, not the heading's words. */
const clean = (text: string) =>
  normalizeFr(
    text
      .replace(/^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[IVX]{1,4}|[A-H])\s*[.)–—-]\s+/, '')
      .replace(/\s*[:：]\s*$/, ''),
  );

const ORDINALS = ['bis', 'ter', 'quater', 'quinquies'];

/** « Critère 3 », « Critère n° 2 bis : … » → that criterion's argumentaire, when the repertoire has it. */
function criterionField(text: string, repertoire: Repertoire): string | null {
  const m = /crit[eè]re\s*(?:n\s*[°o]\s*)?(\d{1,2})\s*°?\s*(bis|ter|quater|quinquies)?\b/i.exec(text);
  if (!m) return null;
  const suffix = m[2] && ORDINALS.includes(m[2].toLowerCase()) ? m[2].toLowerCase() : '';
  const id = `${repertoire.toLowerCase()}.critere${m[1]}${suffix}.argumentaire`;
  return getField(id) ? id : null;
}

/** How well a heading names a field, from its label, short label and synonyms (0 when it does not). */
function scoreOf(heading: string, phrases: readonly string[]): number {
  let best = 0;
  for (const raw of phrases) {
    const p = clean(raw);
    if (p.length < 4) continue;
    if (heading === p) return 1;
    if (heading.startsWith(p) || (p.startsWith(heading) && heading.length >= 10)) best = Math.max(best, 0.8);
    else if (heading.includes(p) && p.length >= 8) best = Math.max(best, 0.6);
  }
  return best;
}

/**
 * The formatted-text field a heading of a Word document names, with the vocabulary of field
 * recognition (catalogue labels and synonyms). Inside a bloc, the bloc's own fields come first.
 */
export function fieldForHeading(text: string, repertoire: Repertoire, inBloc: boolean): string | null {
  const criterion = criterionField(text, repertoire);
  if (criterion) return criterion;
  const heading = clean(text);
  if (heading.length < 4) return null;
  let best: { id: string; score: number } | null = null;
  for (const f of fieldsFor(repertoire)) {
    if (f.kind !== 'textarea' || (f.group !== null && !(inBloc && f.group === 'fiche.blocs'))) continue;
    const score = scoreOf(heading, [f.label, f.shortLabel, ...f.synonyms]) + (inBloc && f.group ? 0.05 : 0);
    if (score >= 0.6 && (!best || score > best.score)) best = { id: f.id, score };
  }
  return best?.id ?? null;
}

/** « Bloc 2 – Installer… », « Bloc de compétences n° 1 : … », « RNCP12345BC03 - … ». */
export function blocHeading(text: string): { code: string | null; libelle: string } | null {
  const code = /\b(RNCP\d{3,6}BC\d{1,3})\b/i.exec(text)?.[1]?.toUpperCase() ?? null;
  const m = /^\s*bloc(?:\s+de\s+compétences)?\s*(?:n\s*[°o]\s*)?\d{0,3}\s*[:.–—-]?\s*(.*)$/i.exec(text);
  if (!m && !code) return null;
  const libelle = (m?.[1] ?? text.replace(/\b(RNCP\d{3,6}BC\d{1,3})\b\s*[:.–—-]?\s*/i, ''))
    .replace(/^\s*(RNCP\d{3,6}BC\d{1,3})\s*[:.–—-]?\s*/i, '')
    .trim();
  return { code, libelle };
}
