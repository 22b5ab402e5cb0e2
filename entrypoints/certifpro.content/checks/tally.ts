import type { RecognisedField } from '@/utils/matching/types';
import type { PageChecksSummary } from '@/utils/messaging/checks-protocol';
import type { Problem } from '@/utils/validation';
import type { FieldState } from './field-state';

export type Counts = Pick<PageChecksSummary, 'recognised' | 'toVerify' | 'missing' | 'errors' | 'warnings'>;
type Kind = 'missing' | 'errors' | 'warnings' | null;

/** Which count a field's problems add to: a missing value first, then an error, then warnings. */
export function problemKind(problems: readonly Problem[]): Kind {
  if (problems.some((p) => p.code === 'required')) return 'missing';
  if (problems.some((p) => p.severity === 'error')) return 'errors';
  return problems.length > 0 ? 'warnings' : null;
}

/**
 * The summary's counts kept up to date field by field: a scan recounts everything, a keystroke
 * moves only the edited field from one count to another (O(1), whatever the size of the page).
 */
export function createTally() {
  const kinds = new Map<FieldState, Kind>();
  let counts: Counts = { recognised: 0, toVerify: 0, missing: 0, errors: 0, warnings: 0 };
  const add = (kind: Kind, by: number) => {
    if (kind) counts[kind] += by;
  };
  return {
    counts: (): Readonly<Counts> => counts,
    /** Recounts after a scan (same rules as `buildSummary`). */
    reset(fields: readonly RecognisedField[], stateOf: (el: Element) => FieldState | undefined): void {
      kinds.clear();
      counts = { recognised: 0, toVerify: 0, missing: 0, errors: 0, warnings: 0 };
      for (const f of fields) {
        if (f.decision === 'ignored') continue;
        if (f.decision === 'a_verifier') counts.toVerify++;
        else if (f.fieldId) counts.recognised++;
        const s = stateOf(f.element);
        if (!s) continue;
        const kind = problemKind(s.problems);
        kinds.set(s, kind);
        add(kind, 1);
      }
    },
    /** After `s` was evaluated again: moves it to its new count; true when a count changed. */
    update(s: FieldState): boolean {
      if (!kinds.has(s)) return false;
      const before = kinds.get(s) ?? null;
      const after = problemKind(s.problems);
      if (before === after) return false;
      add(before, -1);
      add(after, 1);
      kinds.set(s, after);
      return true;
    },
  };
}
