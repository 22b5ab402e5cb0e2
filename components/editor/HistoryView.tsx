import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import type { Revision } from '@/utils/storage/records';
import { listRevisions, restoreRevision } from '@/utils/storage/revision-store';
import { ConfirmDialog } from './ConfirmDialog';
import { useDb } from './db-context';
import { formatDateTime } from './format';
import { RevisionSummary } from './RevisionSummary';
import { REVISION_REASONS } from './revision-reasons';

interface Props {
  dossierId: string;
  flush: () => Promise<void>;
  adopt: (d: Dossier) => void;
}

type Outcome = { savedAt: string; lost: string[] } | { error: string };

/** The dossier's revisions, newest first, each one restorable. */
export function HistoryView({ dossierId, flush, adopt }: Props) {
  const db = useDb();
  const revisions = useLiveQuery(() => listRevisions(dossierId, db), [db, dossierId]);
  const [asking, setAsking] = useState<Revision | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const restore = async (rev: Revision) => {
    setAsking(null);
    try {
      await flush();
      const { dossier, lostAttachments } = await restoreRevision(rev.id ?? -1, db);
      adopt(dossier);
      setOutcome({ savedAt: rev.savedAt, lost: lostAttachments });
    } catch (e) {
      setOutcome({ error: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="cf-history" aria-labelledby="history-title">
      <h2 id="history-title">Historique des versions</h2>
      <p className="cf-hint">
        Une version est gardée à chaque création, import, capture depuis la page ou restauration ; les
        enregistrements automatiques rapprochés (moins de 2 minutes) sont regroupés. Les 60 dernières versions
        sont conservées.
      </p>
      {outcome && 'error' in outcome && (
        <p className="cf-notice cf-notice--error" role="alert">
          La restauration a échoué : {outcome.error}
        </p>
      )}
      {outcome && 'savedAt' in outcome && (
        <div className="cf-notice cf-notice--success" role="status">
          <p>Version du {formatDateTime(outcome.savedAt)} restaurée.</p>
          {outcome.lost.length > 0 && (
            <p>
              Ces pièces jointes ne peuvent pas être restaurées, leur contenu n’est plus conservé :{' '}
              {outcome.lost.join(', ')}. Ajoutez-les de nouveau si besoin.
            </p>
          )}
        </div>
      )}
      {revisions === undefined ? (
        <p className="cf-loading">Chargement…</p>
      ) : (
        <ol className="cf-revisions">
          {revisions.map((r, i) => (
            <li key={r.id} className="cf-revision">
              <div>
                <span className="cf-revision__date">{formatDateTime(r.savedAt)}</span>
                <span className="cf-revision__reason">{REVISION_REASONS[r.reason]}</span>
                {i === 0 && <span className="cf-badge">version actuelle</span>}
                <RevisionSummary revision={r} />
              </div>
              {i > 0 && (
                <button type="button" className="cf-button cf-button--secondary" onClick={() => setAsking(r)}>
                  Restaurer cette version
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        open={asking !== null}
        title="Restaurer cette version ?"
        confirmLabel="Restaurer"
        onConfirm={() => asking && void restore(asking)}
        onCancel={() => setAsking(null)}
      >
        <p>
          Le dossier reprendra son contenu du {asking ? formatDateTime(asking.savedAt) : ''}. La version
          actuelle reste dans l’historique : vous pourrez y revenir.
        </p>
      </ConfirmDialog>
    </section>
  );
}
