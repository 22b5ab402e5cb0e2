import { useState } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import { CriterionSection } from './CriterionSection';
import { FieldOpenerProvider } from './field-opener';
import { editorHash, fieldLabel } from './field-target';
import { groupByCriterion } from './group-by-criterion';
import { type DossierRules, rulesText } from './labels';
import { ProgressSummary } from './ProgressSummary';
import { RequestAnalyzer } from './RequestAnalyzer';
import { RequestList } from './RequestList';
import { RemarkChangesProvider } from './remark-changes';
import { applyFilter, type Filter, StatusFilter } from './StatusFilter';
import { useTrackedComments } from './use-comments';
import './comments.css';

async function openInEditor(dossier: Dossier, id: string): Promise<string> {
  location.hash = editorHash(dossier, id);
  return `« ${fieldLabel(id)} » est affiché dans la saisie.`;
}

/** The editor's full view of the instructor's requests for additions: analysis, and tracking by criterion. */
export function CommentsView({ dossier }: { dossier: Dossier }) {
  const comments = useTrackedComments(dossier.id);
  const [filter, setFilter] = useState<Filter>('toutes');
  const rules: DossierRules = { repertoire: dossier.repertoire, filedOn: dossier.filedOn };
  const all = comments ?? [];
  const done = all.filter((c) => c.status === 'corrige').length;
  const buckets = groupByCriterion(applyFilter(all, filter), rules);

  return (
    <FieldOpenerProvider open={(id) => openInEditor(dossier, id)}>
      <RemarkChangesProvider dossierId={dossier.id}>
        <div className="cm-view">
          <div className="cm-view__head">
            <div>
              <h2 className="cm-title">Demande de compléments</h2>
              <p className="cm-muted cm-rules">{rulesText(rules)}</p>
            </div>
            {all.length > 0 && <ProgressSummary done={done} total={all.length} />}
          </div>
          <div className="cm-view__grid">
            <section className="cm-view__new" aria-labelledby="cm-view-new">
              <h3 id="cm-view-new" className="cm-subtitle">
                Nouvelle demande
              </h3>
              <RequestAnalyzer
                key={`${dossier.id}|${dossier.repertoire}|${dossier.filedOn}`}
                dossierId={dossier.id}
                rules={rules}
              />
            </section>
            <section className="cm-view__tracked" aria-labelledby="cm-view-tracked">
              <div className="cm-tracked__head">
                <h3 id="cm-view-tracked" className="cm-subtitle">
                  Remarques suivies, par critère
                </h3>
                {all.length > 0 && <StatusFilter comments={all} value={filter} onChange={setFilter} />}
              </div>
              <RequestList
                dossierId={dossier.id}
                comments={all}
                rules={rules}
                openPage={(hash) => {
                  location.hash = hash;
                }}
              />
              {comments === undefined ? (
                <p className="cm-muted">Chargement…</p>
              ) : all.length === 0 ? (
                <p className="cm-muted">
                  Aucune remarque suivie. Collez la demande de compléments de l’instructeur, analysez-la puis
                  cliquez sur « Suivre ces remarques ».
                </p>
              ) : buckets.length === 0 ? (
                <p className="cm-muted">Aucune remarque avec ce statut.</p>
              ) : (
                buckets.map((b) => <CriterionSection key={b.number ?? 'aucun'} bucket={b} rules={rules} />)
              )}
            </section>
          </div>
        </div>
      </RemarkChangesProvider>
    </FieldOpenerProvider>
  );
}
