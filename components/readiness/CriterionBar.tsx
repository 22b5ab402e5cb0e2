import type { CriterionWithRemarks } from '@/utils/readiness/remarks';
import { FindingItem } from './FindingItem';
import { checksText, criterionHeading, STATUS_TEXT } from './labels';
import { RemarkItem } from './RemarkItem';

interface Props {
  criterion: CriterionWithRemarks;
  onOpenField: (path: string) => void;
  /** Open the details from the start (the editor opens every criterion that is not ready). */
  open: boolean;
}

/**
 * One criterion: its status, a bar of the checks it passes, then its findings and the instructor's remarks.
 * A native <details>: keyboard and screen readers get the disclosure for free.
 */
export function CriterionBar({ criterion: c, onOpenField, open }: Props) {
  const passed = c.checks.filter((k) => k.passed).length;
  const total = c.checks.length;
  const share = total === 0 ? 1 : passed / total;
  const name = criterionHeading(c.label);
  return (
    <li className={`rd-criterion rd-criterion--${c.shownStatus}`} data-criterion={c.criterion}>
      <details open={open}>
        <summary className="rd-criterion__summary">
          <span className="rd-criterion__name">{name}</span>
          <span className="rd-criterion__title">{c.title}</span>
          <span className={`rd-status rd-status--${c.shownStatus}`}>{STATUS_TEXT[c.shownStatus]}</span>
          <span
            className="rd-bar"
            role="img"
            aria-label={`${name}\u00a0: ${checksText(passed, total)}`}
            title={checksText(passed, total)}
          >
            <span className="rd-bar__fill" style={{ width: `${Math.round(share * 100)}%` }} />
          </span>
        </summary>
        <div className="rd-criterion__body">
          {c.findings.length === 0 ? (
            <p className="rd-muted">
              Le dossier montre ce que ce critère demande ({checksText(passed, total)}).
            </p>
          ) : (
            <ul className="rd-findings">
              {c.findings.map((f) => (
                <FindingItem key={`${f.checkId}-${f.message}`} finding={f} onOpenField={onOpenField} />
              ))}
            </ul>
          )}
          {c.remarks.length > 0 && (
            <section className="rd-remarks" aria-label={`Remarques de l’instructeur — ${name}`}>
              <h4 className="rd-remarks__title">
                Remarques de l’instructeur (
                {c.openRemarks > 0
                  ? `${c.openRemarks} à traiter sur ${c.remarks.length}`
                  : 'toutes corrigées'}
                )
              </h4>
              <ul className="rd-remarks__list">
                {c.remarks.map((r) => (
                  <RemarkItem key={r.id} remark={r} onOpenField={onOpenField} />
                ))}
              </ul>
            </section>
          )}
        </div>
      </details>
    </li>
  );
}
