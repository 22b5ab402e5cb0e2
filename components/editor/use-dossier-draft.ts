import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import { draftKey, writeDraft } from '@/utils/storage/drafts';
import type { Revision } from '@/utils/storage/records';
import { saveDossierPatch } from '@/utils/storage/save-patch';
import { sendClosingDraft } from './closing-draft';
import { type ConflictStore, createConflictStore } from './conflict-store';
import { useDb } from './db-context';
import { createDraftStore, type DraftStore } from './draft-store';
import { DraftSync } from './draft-sync';
import { clearRescue, writeRescue } from './rescue';
import { describeSaveError } from './save-error';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; messages: string[] };

export interface FlushOptions {
  reason?: Revision['reason'];
}

export interface DossierDraft {
  status: 'loading' | 'missing' | 'ready';
  /** The draft, once `ready`. */
  store: DraftStore;
  /** Fields another tab or the capture changed while this page edited them. */
  conflicts: ConflictStore;
  state: SaveState;
  /** Applies a change to the draft at once and saves it after `delay` ms of quiet. */
  update: (change: (d: Dossier) => Dossier) => void;
  /** Writes pending changes now; `reason` names the revision (default: an autosave, coalesced). */
  flush: (opts?: FlushOptions) => Promise<void>;
  /** Replaces the draft by a dossier already written (restore, rename). */
  adopt: (d: Dossier) => void;
  /** Reports a write made beside the draft (an attachment added) in the save status. */
  written: (at: string) => void;
}

/**
 * The dossier being edited. The page follows the stored dossier live: what other tabs, the capture
 * or an import write is merged into the draft, field by field, and the page's own edits are saved as
 * a patch of the fields it changed. Edits are also written as a pending draft while typing (so the
 * background can merge them if the page closes first), saved after `delay` ms of quiet, and sent
 * at once (draft table, closing message, local copy) when the page is hidden or closed.
 */
export function useDossierDraft(id: string, delay = 400): DossierDraft {
  const db = useDb();
  const writer = useMemo(() => `editor-${crypto.randomUUID()}`, []);
  const live = useLiveQuery(
    () =>
      db.transaction('r', db.dossiers, db.drafts, async () => ({
        stored: (await db.dossiers.get(id)) ?? null,
        appliedSeq: (await db.drafts.get(draftKey(id, writer)))?.appliedSeq ?? -1,
      })),
    [db, id, writer],
  );
  const [status, setStatus] = useState<DossierDraft['status']>('loading');
  const [state, setStateNow] = useState<SaveState>({ kind: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A save still running when the editor closes (the unmount flushes) ends after it: nothing to show.
  const setState = useCallback((next: SaveState | ((s: SaveState) => SaveState)) => {
    if (mounted.current) setStateNow(next);
  }, []);
  const sync = useRef<DraftSync | null>(null);
  const current = useRef<Dossier | null>(null);
  const store = useMemo(() => createDraftStore(current), []);
  const conflicts = useMemo(() => createConflictStore(), []);
  const show = useCallback(() => {
    const s = sync.current;
    if (!s || current.current === s.draft) return;
    current.current = s.draft;
    store.notify();
  }, [store]);

  useEffect(() => {
    if (live === undefined) return;
    if (live.stored === null) {
      if (!sync.current) setStatus('missing');
      return;
    }
    if (!sync.current) sync.current = new DraftSync(live.stored);
    else conflicts.add(sync.current.receive(live.stored, live.appliedSeq), live.stored);
    show();
    setStatus('ready');
  }, [live, conflicts, show]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());

  // The pending draft goes to the draft table as the user types: one write in flight, the latest next.
  const drafting = useRef<{ busy: boolean; again: boolean }>({ busy: false, again: false });
  const writePending = useCallback(() => {
    const flag = drafting.current;
    if (flag.busy) {
      flag.again = true;
      return;
    }
    const s = sync.current;
    if (!s) return;
    // Even with nothing pending (an edit typed then erased), the newer empty draft replaces the
    // older one: the background must never merge a text the person has since removed.
    flag.busy = true;
    void writeDraft({ dossierId: id, writer, ...s.take() }, db)
      .catch(() => undefined) // The autosave reports storage problems.
      .finally(() => {
        flag.busy = false;
        if (flag.again) {
          flag.again = false;
          writePending();
        }
      });
  }, [db, id, writer]);

  const flush = useCallback(
    (opts: FlushOptions = {}): Promise<void> => {
      clearTimeout(timer.current);
      timer.current = undefined;
      chain.current = chain.current.then(async () => {
        const s = sync.current;
        if (!s) return;
        if (!s.hasPending()) {
          // Another page's save merged this page's draft (or the edit was undone): the database holds it.
          setState((st) => (st.kind === 'pending' ? { kind: 'saved', at: s.base.updatedAt } : st));
          clearRescue(id, writer);
          return;
        }
        const { seq, entries, editedAt } = s.take();
        setState({ kind: 'saving' });
        try {
          const saved = await saveDossierPatch(
            id,
            entries,
            { writer, seq, editedAt, ...(opts.reason ? { reason: opts.reason } : {}) },
            db,
          );
          // A slot holding an older value of this page (its draft merged by another writer first) is no conflict.
          conflicts.add(
            saved.conflicts
              .filter((c) => !s.sentBefore(c.slot, c.replaced))
              .map((c) => ({ slot: c.slot, kind: 'kept' as const, other: c.replaced })),
            saved.dossier,
          );
          conflicts.add(s.receive(saved.dossier, seq), saved.dossier);
          show();
          if (s.hasPending()) setState({ kind: 'pending' });
          else {
            setState({ kind: 'saved', at: saved.dossier.updatedAt });
            clearRescue(id, writer);
          }
        } catch (e) {
          setState({ kind: 'error', messages: await describeSaveError(e, db) });
        }
      });
      return chain.current;
    },
    [db, id, writer, setState, conflicts, show],
  );

  const update = useCallback(
    (change: (d: Dossier) => Dossier) => {
      const s = sync.current;
      if (!s) return;
      const next = change(s.draft);
      if (next === s.draft) return;
      s.edit(next);
      show();
      setState((st) => (st.kind === 'error' || st.kind === 'pending' ? st : { kind: 'pending' }));
      writePending();
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush, delay, setState, show, writePending],
  );

  const adopt = useCallback(
    (d: Dossier) => {
      sync.current?.adopt(d);
      show();
      setState({ kind: 'saved', at: d.updatedAt });
    },
    [setState, show],
  );

  // Pending or failing edits keep their status: the draft's own state matters more to the user.
  const written = useCallback(
    (at: string) =>
      setState((st) => (st.kind === 'idle' || st.kind === 'saved' ? { kind: 'saved', at } : st)),
    [setState],
  );

  useEffect(() => {
    const leave = () => {
      const s = sync.current;
      if (s?.hasPending()) {
        const draft = { dossierId: id, writer, ...s.take() };
        writeRescue(draft);
        sendClosingDraft(draft);
      }
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
  }, [flush, id, writer]);

  return { status, store, conflicts, state, update, flush, adopt, written };
}
