import { findCriterion } from './criteria-for';
import { numberLabel } from './labels';
import type { Repertoire } from './types';

/** Full name: « RNCP 6° — Accès par la validation des acquis de l'expérience ». */
export function criterionName(repertoire: Repertoire, number: string): string {
  const c = findCriterion(repertoire, number, undefined, true);
  if (!c) return `${repertoire} ${numberLabel(number)}`;
  switch (c.kind) {
    case 'admissibility':
      return c.title;
    case 'refusal':
      return `Refus sans examen (${numberLabel(number)}) — ${c.title.replace(/^Refus sans examen\s*[—–-]\s*/, '')}`;
    default:
      return `${repertoire} ${numberLabel(number)} — ${c.title}`;
  }
}
