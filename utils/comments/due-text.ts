import { daysBetween } from './iso-days';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const NBSP = '\u00a0';

/** « 15 janvier 2027 », « 1ᵉʳ février 2027 » (no-break spaces inside). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = Number(m[3]);
  return `${day === 1 ? '1ᵉʳ' : day}${NBSP}${MONTHS[Number(m[2]) - 1] ?? ''}${NBSP}${m[1]}`;
}

export type DueState = 'late' | 'today' | 'soon' | 'later';

/** How close the due date is: past, today, within a week, or later. */
export function dueState(dueOn: string, today: string): DueState {
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'late';
  if (left === 0) return 'today';
  return left <= 7 ? 'soon' : 'later';
}

/** « dans 44 jours », « demain », « aujourd’hui », « échéance dépassée depuis 3 jours ». */
export function daysLeftText(dueOn: string, today: string): string {
  const left = daysBetween(today, dueOn);
  if (left === 0) return 'aujourd’hui';
  if (left === 1) return 'demain';
  if (left > 1) return `dans ${left}${NBSP}jours`;
  return left === -1 ? 'échéance dépassée depuis hier' : `échéance dépassée depuis ${-left}${NBSP}jours`;
}

/** « À rendre le 15 janvier 2027 — dans 44 jours ». */
export function dueText(dueOn: string, today: string): string {
  return `À rendre le ${longDate(dueOn)} — ${daysLeftText(dueOn, today)}`;
}
