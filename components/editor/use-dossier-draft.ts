import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import { saveDossier } from '@/utils/storage/dossier-store';
import { useDb } from './db-context';
import { clearRescue, writeRescue } from './rescue';
import { describeSaveError } from './save-error';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; messages: string[] };

export interface DossierDraft {
  /** undefined while loading, null when the dossier does not exist. */
  draft: Dossier | null | undefined;
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
  const [draft, setDraft] = useState<Dossier | null | undefined>(undefined);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const draftRef = useRef<Dossier | null>(null);
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
      if (!current || current.id !== id) setDraft(null);
      return;
    }
    if (!current || current.id !== stored.id || (!pending && stored.updatedAt !== lastWritten.current)) {
      draftRef.current = stored;
      lastWritten.current = stored.updatedAt;
      setDraft(stored);
    }
  }, [stored, id]);

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
  }, [db]);

  const update = useCallback(
    (change: (d: Dossier) => Dossier) => {
      const current = draftRef.current;
      if (!current) return;
      const next = change(current);
      if (next === current) return;
      draftRef.current = next;
      version.current++;
      setDraft(next);
      setState((s) => (s.kind === 'error' ? s : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush, delay],
  );

  const adopt = useCallback((d: Dossier) => {
    draftRef.current = d;
    lastWritten.current = d.updatedAt;
    savedVersion.current = version.current;
    setDraft(d);
    setState({ kind: 'saved', at: d.updatedAt });
  }, []);

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

  return { draft, state, update, flush, adopt };
}
