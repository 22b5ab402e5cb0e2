import type { UndoReport } from '@/utils/messaging/page-protocol';

type Line = UndoReport['failed'][number];

const Lines = ({ title, lines }: { title: string; lines: Line[] }) =>
  lines.length === 0 ? null : (
    <section>
      <h3>
        {title} ({lines.length})
      </h3>
      <ul>
        {lines.map((l) => (
          <li key={`${l.key}|${l.path ?? ''}`}>
            <strong>{l.label || l.path}</strong> : {l.detail}
          </li>
        ))}
      </ul>
    </section>
  );

/** What « Annuler » did, as the page read it back: rétablis, laissés tels quels, non rétablis. */
export function UndoReportView({ report }: { report: UndoReport }) {
  return (
    <div
      className="pp-report"
      data-testid="undo-report"
      data-restored={report.restored}
      data-removed={report.removed.length}
    >
      <p className={`pp-msg ${report.failed.length ? 'pp-msg--error' : 'pp-msg--success'}`} role="status">
        {report.message}
      </p>
      <Lines title="Éléments créés supprimés" lines={report.removed} />
      <Lines title="Éléments créés restés sur la page" lines={report.left} />
      <Lines title="Laissés tels quels" lines={report.kept} />
      <Lines title="Non rétablis" lines={report.failed} />
    </div>
  );
}
