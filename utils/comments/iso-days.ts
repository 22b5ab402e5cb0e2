/** Calendar arithmetic on YYYY-MM-DD dates (UTC, no time of day, no time zone surprises). */

const DAY_MS = 86_400_000;

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A valid date built from its parts, or null (31 February, month 13…). */
export function makeIso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return isoOf(d);
}

export function addDays(iso: string, days: number): string {
  return isoOf(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/** Adds calendar months; a day the target month lacks becomes its last day (31 October + 1 month → 30 November). */
export function addMonths(iso: string, months: number): string {
  const d = toUtc(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return isoOf(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return toUtc(iso).getUTCDay();
}
