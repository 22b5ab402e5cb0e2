import { criteriaFor } from '@/utils/criteria';
import type { TrackedComment } from '@/utils/storage/records';
import type { DossierRules } from './labels';

export interface CriterionBucket {
  /** null: comments linked to no criterion. */
  number: string | null;
  comments: TrackedComment[];
  done: number;
}

/** Tracked comments grouped by criterion, in the order of the regulation; unlinked comments last. */
export function groupByCriterion(
  comments: readonly TrackedComment[],
  rules: DossierRules,
): CriterionBucket[] {
  const order = criteriaFor(rules.repertoire, rules.filedOn ?? undefined).map((c) => c.number);
  const rank = (n: string | null) => {
    if (n === null) return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(n);
    return i === -1 ? order.length : i;
  };
  const buckets = new Map<string | null, TrackedComment[]>();
  for (const c of comments) buckets.set(c.criterion, [...(buckets.get(c.criterion) ?? []), c]);
  return [...buckets.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([number, list]) => ({
      number,
      comments: list,
      done: list.filter((c) => c.status === 'corrige').length,
    }));
}
