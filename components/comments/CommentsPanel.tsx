import type { Dossier } from '@/utils/dossier/model';
import { FieldOpenerProvider } from './field-opener';
import { type DossierRules, rulesText } from './labels';
import { openEditorPage, openFieldFromPopup, readRequestOnPage } from './popup-actions';
import { RemainingCount } from './RemainingCount';
import { RequestAnalyzer } from './RequestAnalyzer';
import { RequestList } from './RequestList';
import { RemarkChangesProvider } from './remark-changes';
import { TrackedList } from './TrackedList';
import { isOpen, useActiveDossier, useTrackedComments } from './use-comments';
import './comments.css';

function DossierComments({ dossier }: { dossier: Dossier }) {
  const comments = useTrackedComments(dossier.id);
  const rules: DossierRules = { repertoire: dossier.repertoire, filedOn: dossier.filedOn };
  return (
    <FieldOpenerProvider open={(id) => openFieldFromPopup(dossier, id)}>
      <RemarkChangesProvider dossierId={dossier.id}>
        <div className="cm-panel">
          <div className="cm-panel__head">
            <h2 className="cm-title">Demande de compléments</h2>
            {comments && comments.length > 0 && <RemainingCount count={comments.filter(isOpen).length} />}
          </div>
          <p className="cm-muted cm-rules">{rulesText(rules)}</p>
          <RequestAnalyzer
            key={`${dossier.id}|${dossier.repertoire}|${dossier.filedOn}`}
            dossierId={dossier.id}
            rules={rules}
            readPage={readRequestOnPage}
          />
          {comments && (
            <RequestList dossierId={dossier.id} comments={comments} rules={rules} openPage={openEditorPage} />
          )}
          {comments && <TrackedList comments={comments} rules={rules} />}
        </div>
      </RemarkChangesProvider>
    </FieldOpenerProvider>
  );
}

/** The popup's « Demande de compléments » tab, for the active dossier. */
export function CommentsPanel() {
  const dossier = useActiveDossier();
  if (dossier === undefined) return <p className="cm-muted">Chargement…</p>;
  if (dossier === null) {
    return (
      <p className="cm-notice">
        Aucun dossier actif : créez ou importez un dossier dans l’éditeur, puis choisissez-le ci-dessus pour
        analyser et suivre sa demande de compléments.
      </p>
    );
  }
  return <DossierComments dossier={dossier} />;
}
