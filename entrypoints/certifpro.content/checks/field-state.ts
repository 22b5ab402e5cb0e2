import type { RecognisedField } from '@/utils/matching/types';
import type { Problem } from '@/utils/validation';
import {
  type CounterText,
  checkValue,
  countCharacters,
  counterText,
  type EffectiveLimit,
} from '@/utils/validation';
import type { BadgeShown } from './badge';
import { readText, TEXT_CONTROLS } from './read-control';
import type { PageRequirement } from './requirement';

/** What the checks keep for one control of the page (in a WeakMap keyed by the control). */
export interface FieldState {
  key: string;
  field: RecognisedField;
  limit: EffectiveLimit;
  requirement: PageRequirement;
  /** Show format and required messages (after leaving the field, or for a value already there). */
  touched: boolean;
  /** The person emptied a filled field: its required message shows at once. */
  cleared: boolean;
  filled: boolean;
  count: number;
  counter: CounterText | null;
  problems: Problem[];
  /** What the badge shows (null: nothing); kept for every field. */
  shows: BadgeShown | null;
  /** The badge's DOM, only while it is near the viewport (the overlay stays small on huge pages). */
  badge: HTMLElement | null;
}

/** Whether a control gets a state at all (the others cost nothing while typing). */
export function isChecked(f: RecognisedField): boolean {
  if (f.decision === 'ignored') return false;
  const known = f.fieldId !== null && f.decision !== 'a_verifier';
  if (TEXT_CONTROLS.has(f.control)) return known || f.pageLimit !== null || f.pageRequired;
  return f.control === 'select' && (known || f.pageRequired);
}

/** Reads the control and recomputes count, counter and problems. */
export function evaluate(s: FieldState): void {
  const f = s.field;
  // A select's value is the page's option value, not the catalogue's wording: only « required » applies.
  const known = f.fieldId !== null && f.decision !== 'a_verifier' && f.control !== 'select';
  const text = readText(f);
  const filled = text.trim() !== '';
  if (s.filled && !filled) s.cleared = true;
  if (filled) s.cleared = false;
  s.filled = filled;
  const isText = TEXT_CONTROLS.has(f.control);
  s.count = isText ? countCharacters(text) : 0;
  // One counter per field: where the page shows its own, the badge only adds what the page does not say.
  const showCount = isText && !f.pageCounter && (s.limit.limit !== null || f.control !== 'text');
  s.counter = showCount ? counterText(s.count, s.limit.limit) : null;
  s.problems = checkValue(known ? (f.fieldId as string) : '', text, {
    path: f.path ?? f.fieldId ?? '',
    limit: s.limit.limit,
    limitSource: s.limit.source,
    required: s.requirement.required,
    plainText: true,
    ...(isText ? { count: s.count } : {}),
    ...(s.requirement.because ? { requiredBecause: s.requirement.because } : {}),
  });
}

/**
 * The problems to show now: length at once (unless the page itself says the text is too long);
 * required and formats once the person is done.
 */
export function visibleProblems(s: FieldState, pageShowsError: boolean, pageShowsLength = false): Problem[] {
  return s.problems.filter((p) => {
    if (p.code === 'too-long') return !pageShowsLength;
    if (pageShowsError) return false; // the page already says what is wrong: do not repeat it
    if (p.code === 'required') return s.touched || s.cleared;
    return s.touched;
  });
}
