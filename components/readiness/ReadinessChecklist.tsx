import type { ReadinessWithRemarks } from '@/utils/readiness/remarks';
import { isOpenRemark } from '@/utils/readiness/remarks';
import { criterionHeading, dayText, REMARK_STATUS_TEXT, STATUS_TEXT } from './labels';

interface Props {
  report: ReadinessWithRemarks;
  dossierName: string;
  /** Date of printing (tests pass a fixed one). */
  printedOn: string;
}

/**
 * The printable checklist: each criterion with every check (ticked when passed), what remains to do under
 * each unticked one, its sources, and the instructor's remarks. Hidden on screen, alone on paper.
 */
export function ReadinessChecklist({ report, dossierName, printedOn }: Props) {
  return (
    <article className="rd-checklist" aria-label="Liste de contrôle avant dépôt">
      <h2>Liste de contrôle avant dépôt</h2>
      <p>
        <strong>{dossierName}</strong> — {report.repertoire}, date de dépôt retenue&nbsp;:{' '}
        {dayText(report.filingDate)}
        {report.newRules ? ' (critères issus du décret n° 2025-500)' : ' (critères 2021-2025)'}. Imprimée le{' '}
        {dayText(printedOn)}.
      </p>
      {report.criteria.map((c) => (
        <section key={c.criterion} className="rd-checklist__criterion">
          <h3>
            {criterionHeading(c.label)} — {c.title}&nbsp;: {STATUS_TEXT[c.shownStatus]}
          </h3>
          <ul className="rd-checklist__items">
            {c.checks.map((k) => {
              const todo = c.findings.filter((f) => f.checkId === k.checkId);
              return (
                <li key={k.checkId} className={k.passed ? 'rd-check--done' : 'rd-check--todo'}>
                  <span className="rd-box" aria-hidden="true">
                    {k.passed ? '☑' : '☐'}
                  </span>{' '}
                  {k.title}
                  <span className="rd-visually-hidden">{k.passed ? ' (fait)' : ' (à faire)'}</span>
                  {todo.length > 0 && (
                    <ul>
                      {todo.map((f) => (
                        <li key={`${f.checkId}-${f.message}`}>{f.message}</li>
                      ))}
                    </ul>
                  )}
                  <span className="rd-checklist__source"> — {k.sources.join('\u00a0; ')}</span>
                </li>
              );
            })}
            {c.remarks.map((r) => (
              <li key={r.id} className={isOpenRemark(r) ? 'rd-check--todo' : 'rd-check--done'}>
                <span className="rd-box" aria-hidden="true">
                  {isOpenRemark(r) ? '☐' : '☑'}
                </span>{' '}
                Remarque de l’instructeur ({REMARK_STATUS_TEXT[r.status].toLowerCase()})&nbsp;: «&nbsp;
                {r.text}&nbsp;»
              </li>
            ))}
          </ul>
        </section>
      ))}
      {report.notApplicable.length > 0 && (
        <p>
          Non applicables à cette demande&nbsp;:{' '}
          {report.notApplicable.map((n) => criterionHeading(n.label)).join(', ')} —{' '}
          {report.notApplicable[0]?.reason}
        </p>
      )}
      <p className="rd-checklist__foot">
        Certifill — non affilié à France compétences. Vérification indicative, à relire avant le dépôt.
      </p>
    </article>
  );
}
