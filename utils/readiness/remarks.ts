/**
 * Tracked instructor remarks under their criterion: a remark still open keeps its criterion from being
 * « prêt ». Remarks on entries that are not criteria of the report go to the criterion they weigh on.
 */
import type { TrackedComment } from '../storage/records';
import { statusOf } from './evaluate';
import { excerpt } from './text';
import type { CriterionReadiness, Finding, ReadinessReport, ReadinessStatus, Repertoire } from './types';
import { frenchSpacing } from './typography';

/** The fields a remark reads in this module (a stored TrackedComment, or one of an exchange file). */
export type Remark = Pick<TrackedComment, 'id' | 'text' | 'criterion' | 'status' | 'fields'>;

export interface CriterionWithRemarks extends CriterionReadiness {
  remarks: Remark[];
  /** Remarks not yet corrected. */
  openRemarks: number;
  /** The status once open remarks are counted. */
  shownStatus: ReadinessStatus;
}

export interface ReadinessWithRemarks extends Omit<ReadinessReport, 'criteria'> {
  criteria: CriterionWithRemarks[];
  /** Remarks linked to no criterion of the report. */
  unplaced: Remark[];
}

export const REMARK_SOURCE = 'Demande de compléments de l’instructeur';

/** Where a remark on a rule, a refusal ground or the admissibility shows. */
function placeOf(repertoire: Repertoire, number: string): string {
  if (number === 'II') return repertoire === 'RNCP' ? '1' : '1 bis';
  if (number === 'R6113-8-1 1°') return repertoire === 'RNCP' ? '1' : '1 bis';
  if (number === 'R6113-8-1 2°') return repertoire === 'RNCP' ? '3' : '2';
  if (number === 'R6113-8-1 3°') return 'recevabilite';
  return number;
}

export const isOpenRemark = (r: Pick<Remark, 'status'>) => r.status !== 'corrige';

/** A finding standing for an open remark (the CLI lists them with the others). */
export function remarkFinding(r: Remark): Finding {
  return {
    checkId: 'remarque-instructeur',
    severity: 'a-completer',
    message: frenchSpacing(
      `Remarque de l’instructeur ${r.status === 'en_cours' ? 'en cours de traitement' : 'à traiter'} : « ${excerpt(r.text, 160)} »`,
    ),
    paths: [...r.fields],
    sources: [REMARK_SOURCE],
  };
}

export function attachRemarks(report: ReadinessReport, remarks: readonly Remark[]): ReadinessWithRemarks {
  const listed = new Set(report.criteria.map((c) => c.criterion));
  const by = new Map<string, Remark[]>();
  const unplaced: Remark[] = [];
  for (const r of remarks) {
    const place = r.criterion === null ? null : placeOf(report.repertoire, r.criterion);
    if (place === null || !listed.has(place)) unplaced.push(r);
    else by.set(place, [...(by.get(place) ?? []), r]);
  }
  return {
    ...report,
    unplaced,
    criteria: report.criteria.map((c) => {
      const mine = by.get(c.criterion) ?? [];
      const open = mine.filter(isOpenRemark);
      return {
        ...c,
        remarks: mine,
        openRemarks: open.length,
        shownStatus: statusOf([...c.findings, ...open.map(remarkFinding)]),
      };
    }),
  };
}
