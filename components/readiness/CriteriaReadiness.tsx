import type { ReactNode } from 'react';
import type { Remark } from '@/utils/readiness/remarks';
import type { ReadinessDossier, ReadinessStatus } from '@/utils/readiness/types';
import { CriterionBar } from './CriterionBar';
import { criterionHeading, rulesLine, summaryText } from './labels';
import { ReadinessChecklist } from './ReadinessChecklist';
import { RemarkItem } from './RemarkItem';
import { useReadiness } from './use-readiness';
import './readiness.css';

interface Props {
  dossier: ReadinessDossier & { name: string };
  /** The dossier's tracked instructor remarks (undefined while loading). */
  remarks: readonly Remark[] | undefined;
  /** Opens a place of the dossier: a concrete path or a catalogue id (`promotions[].annee`). */
  onOpenField: (path: string) => void;
  /** `page`: the editor's « Prêt à déposer ? », every criterion to work on unfolded; `panel`: compact, blocking ones unfolded. */
  variant?: 'page' | 'panel';
  /** Filing date to read the rules at (default: the dossier's planned date, else today). */
  on?: string;
  /** Replaces the print button (the side panel offers to open the editor instead). */
  actions?: ReactNode;
}

const PRINT_CLASS = 'rd-printing';

/** Prints the checklist alone: the page is marked while the print dialog is open. */
function printChecklist() {
  const root = document.documentElement;
  root.classList.add(PRINT_CLASS);
  const done = () => {
    root.classList.remove(PRINT_CLASS);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/**
 * Readiness criterion by criterion: a bar per criterion of the repertoire (recevabilité first), its findings
 * opening their field, the instructor's remarks under their criterion, and a printable checklist.
 * Self-contained: mounts in the editor and in the side panel.
 */
export function CriteriaReadiness({ dossier, remarks, onOpenField, variant = 'page', on, actions }: Props) {
  const report = useReadiness(dossier, remarks, on);
  const counts: Record<ReadinessStatus, number> = { pret: 0, 'a-completer': 0, bloquant: 0 };
  for (const c of report.criteria) counts[c.shownStatus] += 1;
  const todayIso = new Date().toISOString().slice(0, 10);
  return (
    <section className={`rd-readiness rd-readiness--${variant}`} aria-labelledby="rd-title">
      <div className="rd-readiness__head">
        <div>
          <h3 id="rd-title" className="rd-title">
            Critère par critère
          </h3>
          <p className="rd-muted">
            {rulesLine(report.filingDate, report.newRules, dossier.filedOn !== null)}
          </p>
        </div>
        {actions ?? (
          <button type="button" className="rd-button" onClick={printChecklist}>
            Imprimer la liste de contrôle
          </button>
        )}
      </div>
      <p className="rd-summary" role="status">
        {summaryText(counts)}.
      </p>
      <ol className="rd-criteria">
        {report.criteria.map((c) => (
          <CriterionBar
            key={c.criterion}
            criterion={c}
            onOpenField={onOpenField}
            open={variant === 'page' ? c.shownStatus !== 'pret' : c.shownStatus === 'bloquant'}
          />
        ))}
      </ol>
      {report.notApplicable.length > 0 && (
        <p className="rd-muted">
          Non applicables&nbsp;: {report.notApplicable.map((n) => criterionHeading(n.label)).join(', ')}.{' '}
          {report.notApplicable[0]?.reason}
        </p>
      )}
      {report.unplaced.length > 0 && (
        <section className="rd-remarks" aria-label="Remarques de l’instructeur sans critère">
          <h4 className="rd-remarks__title">Remarques de l’instructeur sans critère identifié</h4>
          <ul className="rd-remarks__list">
            {report.unplaced.map((r) => (
              <RemarkItem key={r.id} remark={r} onOpenField={onOpenField} />
            ))}
          </ul>
        </section>
      )}
      <ReadinessChecklist report={report} dossierName={dossier.name} printedOn={todayIso} />
    </section>
  );
}
