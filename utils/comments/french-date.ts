import { makeIso } from './iso-days';

/** A date read in French text; `year` is null when the text leaves it out (« d'ici le 6 mars »). */
export interface FrenchDate {
  day: number;
  month: number;
  year: number | null;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

const WEEKDAY =
  '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\\.?\\s+)?';
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Source of a regular expression matching one date in folded text (lower case, no accents). */
export const DATE_SOURCE =
  `${WEEKDAY}(?:(1er|[0-3]?\\d)\\s+(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?(?![a-z])` +
  `|([0-3]?\\d)[/.]([01]?\\d)[/.](\\d{4}|\\d{2})(?!\\d)|(\\d{4})-(\\d{2})-(\\d{2}))`;

/** Reads the date matched by DATE_SOURCE at `groups` (the match's capture groups, from the first of DATE_SOURCE). */
export function dateFromGroups(groups: ReadonlyArray<string | undefined>): FrenchDate | null {
  const [d1, monthName, y1, d2, m2, y2, y3, m3, d3] = groups;
  let date: FrenchDate | null = null;
  if (d1 && monthName) {
    const month = MONTHS[monthName];
    if (month) date = { day: d1 === '1er' ? 1 : Number(d1), month, year: y1 ? Number(y1) : null };
  } else if (d2 && m2 && y2) {
    const year = y2.length === 2 ? 2000 + Number(y2) : Number(y2);
    date = { day: Number(d2), month: Number(m2), year };
  } else if (y3 && m3 && d3) {
    date = { day: Number(d3), month: Number(m3), year: Number(y3) };
  }
  if (!date) return null;
  return makeIso(date.year ?? 2000, date.month, date.day) ? date : null;
}

/**
 * The date as YYYY-MM-DD; without a year, the first such day on or after `reference` (a letter of 10 February
 * asking « d'ici le 6 mars » means this year's 6 March, one of December asking « avant le 15 janvier » next year's).
 */
export function resolveDate(date: FrenchDate, reference: string): string | null {
  if (date.year !== null) return makeIso(date.year, date.month, date.day);
  const year = Number(reference.slice(0, 4));
  const same = makeIso(year, date.month, date.day);
  if (same && same >= reference) return same;
  return makeIso(year + 1, date.month, date.day);
}
