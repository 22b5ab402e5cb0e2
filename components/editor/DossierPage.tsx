import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { FieldValue } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { listPageLimits } from '@/utils/storage/limit-store';
import { FicheReportView } from '../fiche-import/FicheReportView';
import { DossierHeader } from './DossierHeader';
import { DossierTabPanel } from './DossierTabPanel';
import { DossierTabs } from './DossierTabs';
import { useDb } from './db-context';
import { EditorContextProvider, type EditorContextValue } from './editor-context';
import type { Route } from './route';
import { useAttachmentActions } from './use-attachment-actions';
import { useDossierDraft } from './use-dossier-draft';

type DossierRoute = Extract<Route, { view: 'dossier' }>;

/** One dossier: header, tabs (saisie, vérification, compléments, historique), autosaved edits. */
export function DossierPage({ route }: { route: DossierRoute }) {
  const db = useDb();
  const { status, store, conflicts, state, update, flush, adopt, written } = useDossierDraft(route.id);
  const limits = useLiveQuery(() => listPageLimits(db), [db]);
  const pageLimits = useMemo(() => new Map((limits ?? []).map((l) => [l.fieldId, l])), [limits]);

  const setField = useCallback(
    (path: string, value: FieldValue) => update((d) => setValue(d, path, value)),
    [update],
  );
  const files = useAttachmentActions(route.id, update, flush, written);
  const ctx = useMemo<EditorContextValue>(
    () => ({ store, conflicts, setField, update, files, pageLimits }),
    [store, conflicts, setField, update, files, pageLimits],
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
