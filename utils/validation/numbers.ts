import type { FormatIssue } from './formats';

/** Reads a number typed the French way (« 12,5 », « 1 234 »); NaN when it is not one. */
export function parseFrenchNumber(v: string | number): number {
  if (typeof v === 'number') return v;
  const t = v
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace(/%$/, '');
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

export function checkCount(v: string | number): FormatIssue | null {
  const n = parseFrenchNumber(v);
  if (Number.isNaN(n)) return { code: 'format-number', message: 'Saisissez un nombre (ex. 12).' };
  if (n < 0) return { code: 'number-negative', message: 'Le nombre ne peut pas être négatif.' };
  if (!Number.isInteger(n)) return { code: 'number-integer', message: 'Saisissez un nombre entier.' };
  return null;
}

export function checkPercentage(v: string | number): FormatIssue | null {
  const n = parseFrenchNumber(v);
  if (Number.isNaN(n))
    return { code: 'format-number', message: 'Saisissez un pourcentage entre 0 et 100 (ex. 85).' };
  if (n < 0 || n > 100)
    return { code: 'percent-range', message: 'Le pourcentage doit être compris entre 0 et 100.' };
  return null;
}

/** Earliest promotion year accepted as plausible. */
export const MIN_YEAR = 1990;

export function checkYear(v: string | number, today: Date): FormatIssue | null {
  const s = String(v).trim();
  if (!/^\d{4}$/.test(s))
    return { code: 'format-year', message: 'Saisissez une année sur 4 chiffres (ex. 2024).' };
  const y = Number(s);
  const max = today.getFullYear();
  if (y < MIN_YEAR || y > max)
    return { code: 'year-range', message: `L’année doit être comprise entre ${MIN_YEAR} et ${max}.` };
  return null;
}

export function checkRange(v: string | number, min: number, max: number, unit: string): FormatIssue | null {
  const n = parseFrenchNumber(v);
  if (Number.isNaN(n) || !Number.isInteger(n) || n < min || n > max)
    return { code: 'number-range', message: `Saisissez un nombre entier de ${min} à ${max} ${unit}.` };
  return null;
}
