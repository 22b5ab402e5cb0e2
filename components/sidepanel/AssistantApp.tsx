import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ActiveDossierPicker } from '../popup/ActiveDossierPicker';
import { BrandMark, Wordmark } from '../shared/BrandMark';
import { HostAccessNotice } from '../shared/HostAccessNotice';
import { TargetTabProvider } from './target-tab-context';
import { PANEL_VIEWS } from './views';
import './sidepanel.css';

/**
 * The page assistant beside the page: it stays open while the person works on the page and
 * follows the active tab. Its views come from PANEL_VIEWS.
 */
export function AssistantApp() {
  const [current, setCurrent] = useState(PANEL_VIEWS[0]?.id ?? '');
  const view = PANEL_VIEWS.find((v) => v.id === current) ?? PANEL_VIEWS[0];
  return (
    <TargetTabProvider>
      <div className="popup">
        <header className="popup-header">
          <div className="popup-brand">
            <BrandMark size={24} />
            <div>
              <h1>
                <Wordmark />
              </h1>
              <p className="popup-tagline">Non affilié à France compétences</p>
            </div>
          </div>
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Ouvrir l’éditeur de dossiers
          </button>
        </header>
        <HostAccessNotice />
        <ActiveDossierPicker />
        <div role="tablist" aria-label="Vues" className="popup-tabs">
          {PANEL_VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              role="tab"
              id={`vue-${v.id}`}
              aria-controls="vue-active"
              aria-selected={v.id === view?.id}
              onClick={() => setCurrent(v.id)}
            >
              {v.label}
              {v.badge?.()}
            </button>
          ))}
        </div>
        <main role="tabpanel" id="vue-active" aria-labelledby={view ? `vue-${view.id}` : undefined}>
          {view && <view.Component />}
        </main>
      </div>
    </TargetTabProvider>
  );
}
