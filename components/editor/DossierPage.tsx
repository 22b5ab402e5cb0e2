import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo } from 'react';
import type { Attachment, FieldValue } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { listPageLimits } from '@/utils/storage/limit-store';
import { addAttachments, removeAttachment, setDocumentDate } from './attachments';
import { DossierHeader } from './DossierHeader';
import { DossierTabPanel } from './DossierTabPanel';
import { DossierTabs } from './DossierTabs';
import { useDb } from './db-context';
import { EditorContextProvider, type EditorContextValue } from './editor-context';
import type { FileActions } from './FieldRow';
import type { Route } from './route';
import { useDossierDraft } from './use-dossier-draft';

type DossierRoute = Extract<Route, { view: 'dossier' }>;

/** One dossier: header, tabs (saisie, historique…), autosaved edits. */
export function DossierPage({ route }: { route: DossierRoute }) {
  const db = useDb();
  const { draft, state, update, flush, adopt } = useDossierDraft(route.id);
  const limits = useLiveQuery(() => listPageLimits(db), [db]);
  const pageLimits = useMemo(() => new Map((limits ?? []).map((l) => [l.fieldId, l])), [limits]);

  const setField = useCallback(
    (path: string, value: FieldValue) => update((d) => setValue(d, path, value)),
    [update],
  );
  const files = useMemo<FileActions>(
    () => ({
      add: (fieldId, list) => {
        update((d) => addAttachments(d, fieldId, list));
        void flush();
      },
      remove: (id) => {
        update((d) => removeAttachment(d, id));
        void flush();
      },
      date: (id, date) => update((d) => setDocumentDate(d, id, date)),
    }),
    [update, flush],
  );
  const name = draft?.name;
  useEffect(() => {
    document.title = name ? `${name} — Certifill` : 'Certifill — dossiers';
    return () => {
      document.title = 'Certifill — dossiers';
    };
  }, [name]);
  const attachments = draft?.attachments;
  const attachmentsByField = useMemo(() => {
    const m = new Map<string, Attachment[]>();
    for (const a of attachments ?? []) m.set(a.fieldId, [...(m.get(a.fieldId) ?? []), a]);
    return m;
  }, [attachments]);

  if (draft === undefined) return <p className="cf-loading">Chargement du dossier…</p>;
  if (draft === null) {
    return (
      <div className="cf-page">
        <h1>Dossier introuvable</h1>
        <p>Ce dossier n’existe pas ou a été supprimé.</p>
        <a href="#/" className="cf-button">
          Voir tous les dossiers
        </a>
      </div>
    );
  }
  const ctx: EditorContextValue = { dossier: draft, setField, update, files, pageLimits, attachmentsByField };
  return (
    <EditorContextProvider value={ctx}>
      <DossierHeader state={state} flush={flush} adopt={adopt} />
      <DossierTabs dossierId={draft.id} current={route.tab} />
      <div className="cf-tabpanel">
        <DossierTabPanel route={route} flush={flush} adopt={adopt} />
      </div>
    </EditorContextProvider>
  );
}
