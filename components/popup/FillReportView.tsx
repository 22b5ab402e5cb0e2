import type { FillReport } from '@/utils/messaging/page-protocol';
import { FieldName } from './FieldName';
import { count } from './french';
import { LongValue } from './LongValue';

type Line = { key?: string; path: string | null; label: string; detail: string };

const List = ({ title, lines, testId }: { title: string; lines: Line[]; testId?: string }) =>
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
  const missing = report.missing.map((m) => ({ path: m.path, label: m.label, detail: m.value }));
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
      <List title="Éléments créés sur la page" lines={report.created} testId="report-created" />
      <List title="Éléments à ajouter à la main" lines={report.notCreated} testId="report-not-created" />
      <List title="Remplis" lines={report.filled} />
      <List title="Échecs" lines={report.failed} />
      <List title="Non remplis" lines={report.skipped} />
      <List title="Valeurs du dossier sans champ sur cette page" lines={missing} />
    </div>
  );
}
