/** Requests filed from this date are examined under the criteria of décret n° 2025-500 (in force since 9 June 2025). */
export const NEW_RULES_FROM = '2025-10-01';

/** Today's date as YYYY-MM-DD (UTC). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Checks a filing date; throws a RangeError with a French message when it is not YYYY-MM-DD. */
export function parseFilingDate(value: string): string {
  const trimmed = value.trim();
  if (!isIsoDate(trimmed)) {
    throw new RangeError(`Date de dépôt invalide : « ${value} » (format attendu : AAAA-MM-JJ).`);
  }
  return trimmed;
}

/** Whether the current wording (décret 2025-500) applies to a request filed on `filedOn` (default: today). */
export function isNewRules(filedOn?: string): boolean {
  const date = filedOn === undefined ? todayIso() : parseFilingDate(filedOn);
  return date >= NEW_RULES_FROM;
}
