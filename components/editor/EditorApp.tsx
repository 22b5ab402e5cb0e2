import { useEffect, useState } from 'react';
import type { CertifillDb } from '@/utils/storage/db';
import { DossierPage } from './DossierPage';
import { DbProvider, useDb } from './db-context';
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
  }, [db]);
  useEffect(() => {
    if (route.view === 'list') window.scrollTo?.(0, 0);
  }, [route.view]);
  if (!ready) return <p className="cf-loading">Chargement…</p>;
  return route.view === 'dossier' ? <DossierPage key={route.id} route={route} /> : <ListPage />;
}

/** The dossier editor (options page). */
export function EditorApp({ db }: { db?: CertifillDb }) {
  return (
    <DbProvider value={db ?? null}>
      <button
        type="button"
        className="cf-skip"
        onClick={() => document.getElementById('contenu-principal')?.focus()}
      >
        Aller au contenu
      </button>
      <header className="cf-topbar">
        <a href="#/" className="cf-brand">
          <span className="cf-brand__name">Certifill</span>
          <span className="cf-brand__tagline">Demandes d’enregistrement RNCP / RS</span>
        </a>
      </header>
      <main className="cf-main" id="contenu-principal" tabIndex={-1}>
        <Routes />
      </main>
    </DbProvider>
  );
}
