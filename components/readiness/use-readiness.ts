import { useMemo } from 'react';
import { evaluateReadiness } from '@/utils/readiness/evaluate';
import { attachRemarks, type ReadinessWithRemarks, type Remark } from '@/utils/readiness/remarks';
import type { ReadinessDossier } from '@/utils/readiness/types';

/** The dossier's readiness per criterion with its tracked remarks, recomputed when either changes. */
export function useReadiness(
  dossier: ReadinessDossier,
  remarks: readonly Remark[] | undefined,
  on?: string,
): ReadinessWithRemarks {
  const report = useMemo(() => evaluateReadiness(dossier, on ? { on } : {}), [dossier, on]);
  return useMemo(() => attachRemarks(report, remarks ?? []), [report, remarks]);
}
