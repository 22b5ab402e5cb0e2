import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { FieldValue } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { listPageLimits } from '@/utils/storage/limit-store';
import { FicheReportView } from '../fiche-import/FicheReportView';
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

/** One dossier: header, tabs (saisie, vérification, compléments, historique), autosaved edits. */
export function DossierPage({ route }: { route: DossierRoute }) {
  const db = useDb();
  const { status, store, state, update, flush, adopt } = useDossierDraft(route.id);
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
  const ctx = useMemo<EditorContextValue>(
    () => ({ store, setField, update, files, pageLimits }),
    [store, setField, update, files, pageLimits],
  );

  if (status === 'loading') return <p className="cf-loading">Chargement du dossier…</p>;
  if (status === 'missing') {
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
  return (
    <EditorContextProvider value={ctx}>
      <DossierHeader state={state} flush={flush} adopt={adopt} />
      <FicheReportView dossierId={route.id} />
      <DossierTabs dossierId={route.id} current={route.tab} />
      <div className="cf-tabpanel">
        <DossierTabPanel route={route} flush={flush} adopt={adopt} />
      </div>
    </EditorContextProvider>
  );
}
