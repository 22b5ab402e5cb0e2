import { foldSameLength } from './fold';
import { DATE_SOURCE, dateFromGroups, resolveDate } from './french-date';

/** « Paris, le 8 janvier 2026 », « Le 15 décembre 2025 », « Envoyé : mardi 3 février 2026 09:42 », « Date : … ». */
const DATE_LINE = new RegExp(
  `^(?:(?:fait\\s+)?(?:a\\s+)?[a-z][a-z' -]{1,40},?\\s+le\\s+|le\\s+|(?:envoye|date|sent|le)\\s*:\\s*)${DATE_SOURCE}`,
);

/** The letter's own date (its place-and-date line or the e-mail's date header), if it states one with a year. */
export function findLetterDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = DATE_LINE.exec(foldSameLength(line.trim()));
    if (!m) continue;
    const date = dateFromGroups(m.slice(1, 10));
    if (date?.year) return resolveDate(date, '1970-01-01');
  }
  return null;
}

/** Whether a line is nothing but a place-and-date or a date header (« Paris, le 8 janvier 2026 »). */
export function isDateLine(line: string): boolean {
  const folded = foldSameLength(line.trim());
  const m = DATE_LINE.exec(folded);
  return (
    m !== null &&
    folded.slice(m[0].length).replace(/[\s.,]|a\s+\d{1,2}[:h]\d{2}|\d{1,2}[:h]\d{2}/g, '') === ''
  );
}
