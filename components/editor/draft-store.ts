import type { Dossier } from '@/utils/dossier/model';

/**
 * The dossier being edited, outside React state: each field subscribes to its own value
 * (useSyncExternalStore), so typing in one field re-renders that field, not the whole form.
 */
export interface DraftStore {
  get: () => Dossier;
  subscribe: (listener: () => void) => () => void;
}

export function createDraftStore(current: { readonly current: Dossier | null }): DraftStore & {
  notify: () => void;
} {
  const listeners = new Set<() => void>();
  return {
    get: () => {
      if (!current.current) throw new Error('Draft read before the dossier was loaded');
      return current.current;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: () => {
      for (const l of listeners) l();
    },
  };
}
