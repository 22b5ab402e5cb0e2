import type { CriterionKind, CriterionScope } from './types';

/** Kind of an entry, derived from its number. */
export function criterionKind(number: string): CriterionKind {
  if (number === 'recevabilite') return 'admissibility';
  if (number === 'II') return 'rule';
  if (number.startsWith('R6113-8-1')) return 'refusal';
  return 'criterion';
}

/** A refusal ground (R. 6113-8-1) or admissibility: proposed only when a remark states it. */
export const isRefusalOrAdmissibility = (number: string | null | undefined): number is string =>
  !!number && (criterionKind(number) === 'refusal' || criterionKind(number) === 'admissibility');

/** French short label of a number: "2 bis" → « 2° bis », "R6113-8-1 2°" → « R. 6113-8-1, 2° ». */
export function numberLabel(number: string): string {
  if (number === 'recevabilite') return 'Recevabilité';
  if (number === 'II') return 'II (promotions)';
  const refusal = /^R6113-8-1 (\d°)$/.exec(number);
  if (refusal) return `R. 6113-8-1, ${refusal[1]}`;
  const m = /^(\d+)(?: (bis|ter|quater|quinquies))?$/.exec(number);
  if (!m) return number;
  return m[2] ? `${m[1]}° ${m[2]}` : `${m[1]}°`;
}

/** Full French label: « Critère 2° bis (RNCP) », « Refus sans examen — R. 6113-8-1, 2° », « Recevabilité ». */
export function criterionLabel(repertoire: CriterionScope, number: string): string {
  switch (criterionKind(number)) {
    case 'admissibility':
      return 'Recevabilité';
    case 'refusal':
      return `Refus sans examen — ${numberLabel(number)}`;
    case 'rule':
      return `R. 6113-9 ${numberLabel(number)}`;
    default:
      return `Critère ${numberLabel(number)} (${repertoire})`;
  }
}
