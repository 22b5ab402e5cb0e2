import { criteriaFor } from '../criteria/criteria-for';
import type { ApplicableCriterion } from '../criteria/types';
import { appliesToDossier } from '../validation/applicability';
import { type ContextOptions, readinessContext } from './context';
import { argumentaireId } from './criterion-ids';
import { checksFor } from './registry';
import type {
  CheckResult,
  CriterionReadiness,
  Finding,
  ReadinessDossier,
  ReadinessReport,
  ReadinessStatus,
} from './types';
import { frenchSpacing } from './typography';

/** A criterion's status: blocked by any blocking finding, to complete with any other, ready otherwise. */
export function statusOf(findings: readonly Pick<Finding, 'severity'>[]): ReadinessStatus {
  if (findings.some((f) => f.severity === 'bloquant')) return 'bloquant';
  return findings.length > 0 ? 'a-completer' : 'pret';
}

const EMERGING =
  'Procédure des métiers en évolution ou en émergence (R. 6113-10) : les critères 1° à 2° ter ne s’appliquent pas.';

/** Why a criterion of the repertoire does not apply to this request, or null. */
function notApplicableReason(d: ReadinessDossier, c: ApplicableCriterion, filingDate: string): string | null {
  if (c.kind !== 'criterion') return null;
  const id = argumentaireId(d.repertoire, c.number);
  return appliesToDossier({ filedOn: filingDate, values: d.values }, id) ? null : EMERGING;
}

/**
 * Readiness of a dossier, criterion by criterion (recevabilité first, then the criteria of its repertoire in
 * the order of the article), in the wording in force at the filing date (`on`, else the dossier's, else today).
 */
export function evaluateReadiness(d: ReadinessDossier, opts: ContextOptions = {}): ReadinessReport {
  const ctx = readinessContext(d, opts);
  const listed = criteriaFor(d.repertoire, ctx.filingDate).filter(
    (c) => c.kind === 'criterion' || c.kind === 'admissibility',
  );
  const ordered = [
    ...listed.filter((c) => c.kind === 'admissibility'),
    ...listed.filter((c) => c.kind === 'criterion'),
  ];
  const criteria: CriterionReadiness[] = [];
  const notApplicable: ReadinessReport['notApplicable'] = [];
  for (const c of ordered) {
    const reason = notApplicableReason(d, c, ctx.filingDate);
    if (reason) {
      notApplicable.push({ criterion: c.number, label: c.label, reason });
      continue;
    }
    const findings: Finding[] = [];
    const checks: CheckResult[] = [];
    for (const check of checksFor(d.repertoire, c.number)) {
      const found = check.run(ctx, c.number).map((f) => ({
        checkId: check.id,
        severity: f.severity,
        message: frenchSpacing(f.message),
        paths: [...new Set(f.paths.filter(Boolean))],
        sources: f.sources ?? check.sources,
      }));
      findings.push(...found);
      checks.push({
        checkId: check.id,
        title: frenchSpacing(check.title),
        sources: found[0]?.sources ?? check.sources,
        passed: found.length === 0,
      });
    }
    criteria.push({
      criterion: c.number,
      label: c.label,
      title: c.title,
      wording: c.wording,
      status: statusOf(findings),
      findings,
      checks,
    });
  }
  return {
    dossierId: d.id,
    repertoire: d.repertoire,
    filingDate: ctx.filingDate,
    newRules: ctx.newRules,
    criteria,
    notApplicable,
  };
}
