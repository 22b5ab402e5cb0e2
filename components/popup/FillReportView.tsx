import type { FillReport } from '@/utils/messaging/page-protocol';

const short = (s: string) => (s.length > 160 ? `${s.slice(0, 157).trimEnd()}…` : s);

const List = ({
  title,
  lines,
}: {
  title: string;
  lines: { key?: string; path: string | null; label: string; detail: string }[];
}) =>
  lines.length === 0 ? null : (
    <section>
      <h3>
        {title} ({lines.length})
      </h3>
      <ul>
        {lines.map((l) => (
          <li key={`${l.key ?? ''}|${l.path ?? ''}|${l.label}`}>
            <strong>{l.label || l.path}</strong> : {short(l.detail) || '—'}
          </li>
        ))}
      </ul>
    </section>
  );

/** What « Appliquer » did: filled, left alone and why, failed, and dossier values with no field here. */
export function FillReportView({ report }: { report: FillReport }) {
  const missing = report.missing.map((m) => ({
    path: m.path,
    label: m.label,
    detail: m.value,
  }));
  return (
    <div
      className="pp-report"
      data-testid="fill-report"
      data-filled={report.filled.length}
      data-duration-ms={report.durationMs}
    >
      <p className="pp-msg pp-msg--success" role="status">
        {report.filled.length} champ{report.filled.length > 1 ? 's' : ''} rempli
        {report.filled.length > 1 ? 's' : ''}
        {report.failed.length > 0 && `, ${report.failed.length} en échec`}.
      </p>
      <List title="Remplis" lines={report.filled} />
      <List title="Échecs" lines={report.failed} />
      <List title="Non remplis" lines={report.skipped} />
      <List title="Valeurs du dossier sans champ sur cette page" lines={missing} />
      {report.missing.some((m) => /\[\d+\]/.test(m.path)) && (
        <p className="pp-msg">
          Le dossier contient plus d’éléments (blocs, promotions, partenaires…) que la page : ajoutez-les sur
          la page avec le bouton « Ajouter… », puis pré-remplissez de nouveau.
        </p>
      )}
    </div>
  );
}
