import { useState } from 'react';
import { browser } from 'wxt/browser';
import { openFieldFromPopup } from '@/components/comments/popup-actions';
import { useActiveDossier, useTrackedComments } from '@/components/comments/use-comments';
import type { Dossier } from '@/utils/dossier/model';
import { CriteriaReadiness } from './CriteriaReadiness';

function DossierReadiness({ dossier }: { dossier: Dossier }) {
  const remarks = useTrackedComments(dossier.id);
  const [said, setSaid] = useState('');
  const openEditor = () =>
    void browser.tabs.create({
      url: browser.runtime.getURL(`/options.html#/dossier/${encodeURIComponent(dossier.id)}/verification`),
    });
  return (
    <div className="rd-panel">
      <h2 className="rd-panel__title">Prêt à déposer&nbsp;?</h2>
      <p className="rd-muted" aria-live="polite">
        {said}
      </p>
      <CriteriaReadiness
        dossier={dossier}
        remarks={remarks}
        variant="panel"
        onOpenField={(path) => {
          // On the Certif Pro page of the served tab when the field is there, else in the editor.
          void openFieldFromPopup(dossier, path).then(setSaid, () => setSaid(''));
        }}
        actions={
          <button type="button" className="rd-button" onClick={openEditor}>
            Liste de contrôle dans l’éditeur
          </button>
        }
      />
    </div>
  );
}

/** The side panel's « Prêt à déposer ? » tab: the active dossier's readiness, criterion by criterion. */
export function ReadinessPanel() {
  const dossier = useActiveDossier();
  if (dossier === undefined) return <p className="rd-muted">Chargement…</p>;
  if (dossier === null)
    return (
      <p className="rd-notice">
        Aucun dossier actif&nbsp;: créez ou importez un dossier dans l’éditeur, puis choisissez-le ci-dessus
        pour voir, critère par critère, ce qu’il reste à montrer avant le dépôt.
      </p>
    );
  return <DossierReadiness dossier={dossier} />;
}
