import { useLiveQuery } from 'dexie-react-hooks';
import type { FicheImportReport, LeftOutLine } from '@/utils/fiche/report';
import { dismissFicheReport, getFicheReport } from '@/utils/fiche/report-store';
import { useDb } from '../editor/db-context';
import './fiche-import.css';

const fr = (n: number) => n.toLocaleString('fr-FR');

function frenchDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** « Fiche « Publiée », enregistrement sur demande du 17 mars 2021 pour 5 ans, en cours jusqu’au 17 mars 2026. » */
function Registration({ report }: { report: FicheImportReport }) {
  const r = report.registration;
  const decided = frenchDate(r.decidedOn);
  const ends = frenchDate(r.endsOn);
  const what = [
    r.type?.toLowerCase() ?? 'enregistrement',
    decided && `du ${decided}`,
    r.years && `pour ${r.years}\u00a0an${r.years > 1 ? 's' : ''}`,
  ]
    .filter(Boolean)
    .join(' ');
  const parts = [
    r.etat && `Fiche « ${r.etat} »`,
    (r.type || decided || r.years) && what,
    ends && `en cours jusqu’au ${ends}`,
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? <p>{`${text.charAt(0).toUpperCase()}${text.slice(1)}.`}</p> : null;
}

function LeftOut({ title, lines }: { title: string; lines: LeftOutLine[] }) {
  if (lines.length === 0) return null;
  return (
    <details className="cf-fiche-report__part">
      <summary>
        {title} ({fr(lines.length)})
      </summary>
      <ul>
        {lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one path may be listed several times (items).
          <li key={`${l.path}-${i}`}>
            <code>{l.path}</code>
            {l.count > 1 && ` (${fr(l.count)})`}
            {l.reason && ` : ${l.reason}`}
            {l.sample && <span className="cf-fiche-report__sample"> — « {l.sample} »</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The report of a dossier made from a published fiche: what came in, what did not, and why. */
export function FicheReportView({ dossierId }: { dossierId: string }) {
  const db = useDb();
  const report = useLiveQuery(() => getFicheReport(db, dossierId), [db, dossierId]);
  if (!report) return null;
  const withLists = report.imported.filter((i) => i.listsRestored).length;
  return (
    <section className="cf-notice cf-notice--success cf-fiche-report" aria-labelledby="fiche-report-title">
      <h2 id="fiche-report-title" className="cf-fiche-report__title">
        Dossier créé à partir de la fiche {report.numero}
      </h2>
      <Registration report={report} />
      <p>
        {fr(report.valueCount)} valeurs reprises dans {fr(report.imported.length)} rubriques
        {withLists > 0 && `, dont ${fr(withLists)} où les listes à puces ont été rétablies`}. Vérifiez-les et
        mettez-les à jour pour la demande de renouvellement.
      </p>
      {report.warnings.length > 0 && (
        <div className="cf-fiche-report__warnings">
          <p>
            <strong>À vérifier :</strong>
          </p>
          <ul>
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="cf-fiche-report__part">
        <summary>Repris de la fiche ({fr(report.imported.length)})</summary>
        <ul>
          {report.imported.map((i) => (
            <li key={i.id}>
              {i.label}
              {i.count > 1 && ` : ${fr(i.count)}`}
              {i.listsRestored && ' (listes rétablies)'}
            </li>
          ))}
        </ul>
      </details>
      <LeftOut title="Non repris" lines={report.skipped} />
      <LeftOut title="Éléments inconnus, conservés ici" lines={report.unknown} />
      <button
        type="button"
        className="cf-button cf-button--tertiary"
        onClick={() => void dismissFicheReport(db, dossierId)}
      >
        Masquer ce compte rendu
      </button>
    </section>
  );
}
