import { addDays, isoOf, weekday } from './iso-days';

/** Easter Sunday of `year` (Meeus/Jones/Butcher Gregorian algorithm). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(new Date(Date.UTC(year, month - 1, day)));
}

const FIXED = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/** The French public holidays (jours fériés of metropolitan France) of `year`. */
export function publicHolidays(year: number): Set<string> {
  const e = easter(year);
  const days = FIXED.map((md) => `${year}-${md}`);
  days.push(addDays(e, 1), addDays(e, 39), addDays(e, 50)); // Easter Monday, Ascension, Whit Monday
  return new Set(days);
}

/**
 * The date `count` working days after `iso`: jours ouvrés (Monday to Friday) or jours ouvrables (Monday to
 * Saturday), public holidays excluded.
 */
export function addWorkingDays(iso: string, count: number, saturdays = false): string {
  let day = iso;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    const w = weekday(day);
    const off = w === 0 || (w === 6 && !saturdays) || publicHolidays(Number(day.slice(0, 4))).has(day);
    if (!off) left--;
  }
  return day;
}
