import { useMemo } from 'react';

/** How many of its latest values a field remembers: enough for any echo still on its way back. */
const KEEP = 32;

export interface OwnValues<T> {
  /** A value the field just sent to the draft. */
  add: (v: T) => void;
  /** Whether `v` is one the field sent (its own echo) rather than another writer's. */
  has: (v: T) => boolean;
  /**
   * Whether a stored value reaching the field must replace what it shows. Only a value that
   * changed since the last one seen can: the effect that asks also runs once the field has
   * mounted, possibly after the first keys were typed, with the value it mounted with.
   */
  follows: (v: T, focused: boolean) => boolean;
}

/**
 * The values a field sent while it had the focus. A stored value coming back that is not one of
 * them was written elsewhere (another tab, the capture, an undo) and the field must show it, even
 * with the focus: keeping its own text would show a version the dossier no longer holds, and the
 * next keystroke or blur would write it back over the later edit.
 */
export function useOwnValues<T>(initial: T): OwnValues<T> {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the value the field mounted with, once.
  return useMemo(() => {
    const sent: T[] = [];
    let seen = initial;
    const has = (v: T) => sent.includes(v);
    return {
      add: (v) => {
        sent.push(v);
        if (sent.length > KEEP) sent.shift();
      },
      has,
      follows: (v, focused) => {
        const changed = v !== seen;
        seen = v;
        return changed && (!focused || !has(v));
      },
    };
  }, []);
}
