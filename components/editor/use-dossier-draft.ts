import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import { saveDossier } from '@/utils/storage/dossier-store';
import { useDb } from './db-context';
import { createDraftStore, type DraftStore } from './draft-store';
import { clearRescue, writeRescue } from './rescue';
import { describeSaveError } from './save-error';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; messages: string[] };

export interface DossierDraft {
  status: 'loading' | 'missing' | 'ready';
  /** The draft, once `ready`. */
  store: DraftStore;
  state: SaveState;
  /** Applies a change to the draft at once and saves it after `delay` ms of quiet. */
  update: (change: (d: Dossier) => Dossier) => void;
  /** Writes pending changes now. */
  flush: () => Promise<void>;
  /** Replaces the draft by a dossier already written (restore, rename). */
  adopt: (d: Dossier) => void;
}

/**
 * The dossier being edited. The draft lives here, not in the live query: a query result never
 * overwrites pending edits, and edits made elsewhere (capture from the page) are taken in only
 * when nothing is pending. Every change is saved (debounced) and flushed when the page is hidden.
 */
export function useDossierDraft(id: string, delay = 400): DossierDraft {
  const db = useDb();
  const stored = useLiveQuery(async () => (await db.dossiers.get(id)) ?? null, [db, id]);
  const [status, setStatus] = useState<DossierDraft['status']>('loading');
  const [state, setStateNow] = useState<SaveState>({ kind: 'idle' });
  // A save still running when the editor closes (the unmount flushes) ends after it: nothing to show.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const setState = useCallback((next: SaveState | ((s: SaveState) => SaveState)) => {
    if (mounted.current) setStateNow(next);
  }, []);
  const draftRef = useRef<Dossier | null>(null);
  const store = useMemo(() => createDraftStore(draftRef), []);
  const setCurrent = useCallback(
    (d: Dossier) => {
      draftRef.current = d;
      store.notify();
    },
    [store],
  );
  const version = useRef(0);
  const savedVersion = useRef(0);
  const lastWritten = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (stored === undefined) return;
    const current = draftRef.current;
    const pending = version.current !== savedVersion.current;
    if (stored === null) {
      if (!current || current.id !== id) setStatus('missing');
      return;
    }
    if (!current || current.id !== stored.id || (!pending && stored.updatedAt !== lastWritten.current)) {
      lastWritten.current = stored.updatedAt;
      setCurrent(stored);
      setStatus('ready');
    }
  }, [stored, id, setCurrent]);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    chain.current = chain.current.then(async () => {
      const d = draftRef.current;
      const v = version.current;
      if (!d || v === savedVersion.current) return;
      setState({ kind: 'saving' });
      try {
        const saved = await saveDossier(d, 'autosave', db);
        lastWritten.current = saved.updatedAt;
        savedVersion.current = v;
        if (version.current === v) {
          setState({ kind: 'saved', at: saved.updatedAt });
          clearRescue(d.id);
        } else setState({ kind: 'pending' });
      } catch (e) {
        setState({ kind: 'error', messages: describeSaveError(e) });
      }
    });
    return chain.current;
  }, [db, setState]);

  const update = useCallback(
    (change: (d: Dossier) => Dossier) => {
      const current = draftRef.current;
      if (!current) return;
      const next = change(current);
      if (next === current) return;
      version.current++;
      setCurrent(next);
      setState((s) => (s.kind === 'error' || s.kind === 'pending' ? s : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush, delay, setCurrent, setState],
  );

  const adopt = useCallback(
    (d: Dossier) => {
      lastWritten.current = d.updatedAt;
      savedVersion.current = version.current;
      setCurrent(d);
      setState({ kind: 'saved', at: d.updatedAt });
    },
    [setCurrent, setState],
  );

  useEffect(() => {
    const leave = () => {
      const d = draftRef.current;
      if (d && version.current !== savedVersion.current) writeRescue(d);
      void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', leave);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', leave);
      void flush();
    };
  }, [flush]);

  return { status, store, state, update, flush, adopt };
}
