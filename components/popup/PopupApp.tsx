import { useState } from 'react';
import { browser } from 'wxt/browser';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentsTabCount } from '../comments/CommentsTabCount';
import { ActiveDossierPicker } from './ActiveDossierPicker';
import { PagePanel } from './PagePanel';
import './popup.css';

type Tab = 'page' | 'comments';

export function PopupApp() {
  const [tab, setTab] = useState<Tab>('page');
  return (
    <div className="popup">
      <header className="popup-header">
        <h1>Certifill</h1>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Ouvrir l’éditeur de dossiers
        </button>
      </header>
      <ActiveDossierPicker />
      <div role="tablist" aria-label="Vues" className="popup-tabs">
        <button type="button" role="tab" aria-selected={tab === 'page'} onClick={() => setTab('page')}>
          Cette page
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'comments'}
          onClick={() => setTab('comments')}
        >
          Demande de compléments
          <CommentsTabCount />
        </button>
      </div>
      <main role="tabpanel">{tab === 'page' ? <PagePanel /> : <CommentsPanel />}</main>
    </div>
  );
}
