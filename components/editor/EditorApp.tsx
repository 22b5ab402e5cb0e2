import { useEffect, useState } from 'react';
import type { FicheReader } from '@/utils/fiche/reader-api';
import type { CertifillDb } from '@/utils/storage/db';
import { requestPersistentStorage } from '@/utils/storage/persist';
import { FicheReaderProvider, useFicheReader } from '../fiche-import/reader-context';
import { ResponsePage } from '../response/ResponsePage';
import { BrandMark, Wordmark } from '../shared/BrandMark';
import { DossierPage } from './DossierPage';
import { DbProvider, useDb } from './db-context';
import { EditorFooter } from './EditorFooter';
import { ListPage } from './ListPage';
import { applyRescues } from './rescue';
import { useHashRoute } from './use-hash-route';
import './editor.css';

function Routes() {
  const db = useDb();
  const route = useHashRoute();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Edits kept when the page was closed mid-typing are saved before anything is shown.
    void applyRescues(db).finally(() => setReady(true));
    void requestPersistentStorage();
  }, [db]);
  useEffect(() => {
    if (route.view === 'list') window.scrollTo?.(0, 0);
  }, [route.view]);
  if (!ready) return <p className="cf-loading">Chargement…</p>;
  if (route.view === 'response') return <ResponsePage dossierId={route.id} requestId={route.requestId} />;
  return route.view === 'dossier' ? <DossierPage key={route.id} route={route} /> : <ListPage />;
}

/** The dossier editor (options page). `ficheReader`: how exports are read (the page gives its worker). */
export function EditorApp({ db, ficheReader }: { db?: CertifillDb; ficheReader?: FicheReader }) {
  const defaultReader = useFicheReader();
  return (
    <DbProvider value={db ?? null}>
      <FicheReaderProvider value={ficheReader ?? defaultReader}>
        <button
          type="button"
          className="cf-skip"
          onClick={() => document.getElementById('contenu-principal')?.focus()}
        >
          Aller au contenu
        </button>
        <header className="cf-topbar">
          <a href="#/" className="cf-brand">
            <BrandMark />
            <span className="cf-brand__name">
              <Wordmark />
            </span>
            <span className="cf-brand__tagline">Demandes d’enregistrement RNCP / RS</span>
          </a>
        </header>
        <main className="cf-main" id="contenu-principal" tabIndex={-1}>
          <Routes />
        </main>
        <EditorFooter />
      </FicheReaderProvider>
    </DbProvider>
  );
}
