import { useState } from 'react';
import type { TrackedComment } from '@/utils/storage/records';
import type { DossierRules } from './labels';
import { applyFilter, type Filter, StatusFilter } from './StatusFilter';
import { TrackedItem } from './TrackedItem';

/** The comments tracked for the dossier, filtered by status. */
export function TrackedList({
  comments,
  rules,
}: {
  comments: readonly TrackedComment[];
  rules: DossierRules;
}) {
  const [filter, setFilter] = useState<Filter>('toutes');
  const shown = applyFilter(comments, filter);
  return (
    <section className="cm-tracked" aria-labelledby="cm-tracked-title">
      <div className="cm-tracked__head">
        <h3 id="cm-tracked-title" className="cm-subtitle">
          Remarques suivies
        </h3>
        {comments.length > 0 && <StatusFilter comments={comments} value={filter} onChange={setFilter} />}
      </div>
      {comments.length === 0 ? (
        <p className="cm-muted">
          Aucune remarque suivie pour ce dossier. Analysez la demande de compléments puis cliquez sur « Suivre
          ces remarques ».
        </p>
      ) : shown.length === 0 ? (
        <p className="cm-muted">Aucune remarque avec ce statut.</p>
      ) : (
        <ol className="cm-list">
          {shown.map((c) => (
            <TrackedItem key={c.id} comment={c} rules={rules} />
          ))}
        </ol>
      )}
    </section>
  );
}
