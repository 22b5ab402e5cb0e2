import type { Dossier } from '@/utils/dossier/model';
import { slotPath } from '@/utils/storage/slots';
import type { ConflictNotice } from './draft-sync';

/** A conflict as the editor shows it, next to the field at `path`. */
export interface ShownConflict extends ConflictNotice {
  path: string;
  at: string;
}

/** Conflicts to show, by path; fields subscribe to their own (like the draft store). */
export interface ConflictStore {
  get: (path: string) => ShownConflict | undefined;
  all: () => readonly ShownConflict[];
  add: (notices: readonly ConflictNotice[], d: Dossier) => void;
  dismiss: (path: string) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createConflictStore(now = () => new Date().toISOString()): ConflictStore {
  let shown = new Map<string, ShownConflict>();
  let list: readonly ShownConflict[] = [];
  const listeners = new Set<() => void>();
  const changed = (next: Map<string, ShownConflict>) => {
    shown = next;
    list = [...next.values()];
    for (const l of listeners) l();
  };
  return {
    get: (path) => shown.get(path),
    all: () => list,
    add: (notices, d) => {
      if (notices.length === 0) return;
      const next = new Map(shown);
      for (const n of notices) {
        const path = slotPath(n.slot, d);
        next.set(path, { ...n, path, at: now() });
      }
      changed(next);
    },
    dismiss: (path) => {
      if (!shown.has(path)) return;
      const next = new Map(shown);
      next.delete(path);
      changed(next);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
