import type { FillReport } from '@/utils/messaging/page-protocol';
import { FieldName } from './FieldName';
import { count } from './french';
import { LongValue } from './LongValue';

type Line = { key?: string; path: string | null; label: string; detail: string };

/** A titled list of report lines (« Remplis (3) »), each with its field's name and its value in full on demand. */
export const ReportLines = ({ title, lines, testId }: { title: string; lines: Line[]; testId?: string }) =>
  lines.length === 0 ? null : (
    <section data-testid={testId}>
      <h3>
        {title} ({lines.length})
      </h3>
      <ul className="pp-report__lines">
        {lines.map((l) => (
          <li key={`${l.key ?? ''}|${l.path ?? ''}|${l.label}`} data-path={l.path ?? ''}>
            <strong>
              <FieldName path={l.path} label={l.label} />
            </strong>
            <LongValue text={l.detail} />
          </li>
        ))}
      </ul>
    </section>
  );

/**
 * What « Appliquer » did: items created, fields filled, left alone and why, failures, items still
 * to add by hand, and the dossier's values with no field on this page.
 */
export function FillReportView({ report }: { report: FillReport }) {
  const filled = report.filled.length;
  const parts = [`${count(filled, 'champ rempli', 'champs remplis')}`];
  if (report.created.length) parts.push(count(report.created.length, 'élément créé', 'éléments créés'));
  if (report.failed.length) parts.push(`${report.failed.length}\u00a0en échec`);
  if (report.notCreated.length)
    parts.push(`${report.notCreated.length}\u00a0groupe(s) à compléter à la main`);
  return (
    <div
      className="pp-report"
      data-testid="fill-report"
      data-filled={filled}
      data-created={report.created.length}
      data-duration-ms={report.durationMs}
    >
      <p className={`pp-msg ${report.failed.length ? 'pp-msg--error' : 'pp-msg--success'}`} role="status">
        {parts.join(', ')}.
      </p>
      <ReportLines title="Éléments créés sur la page" lines={report.created} testId="report-created" />
      <ReportLines
        title="Éléments à ajouter à la main"
        lines={report.notCreated}
        testId="report-not-created"
      />
      <ReportLines title="Remplis" lines={report.filled} />
      <ReportLines title="Échecs" lines={report.failed} />
      <ReportLines title="Non remplis" lines={report.skipped} />
      <MissingValues missing={report.missing} />
    </div>
  );
}

/** The dossier's values that no field of this page stands for (in the preview and in the report). */
export function MissingValues({ missing }: { missing: FillReport['missing'] }) {
  return (
    <ReportLines
      title="Valeurs du dossier sans champ sur cette page"
      lines={missing.map((m) => ({ path: m.path, label: m.label, detail: m.value }))}
      testId="missing-values"
    />
  );
}
