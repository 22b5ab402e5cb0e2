import type { RecognisedField } from '@/utils/matching/types';
import type { PageCheckItem, PageChecksSummary } from '@/utils/messaging/checks-protocol';
import type { FieldState } from './field-state';
import { type Counts, problemKind } from './tally';

export interface SummaryInput {
  url: string;
  fields: readonly RecognisedField[];
  keyOf(el: Element): string;
  stateOf(el: Element): FieldState | undefined;
}

const A_VERIFIER = 'Champ à vérifier : Certifill n’est pas sûr de ce qu’il faut y saisir.';

/** Counts and items of the page's checks; the problems are all of them, not only the ones shown. */
export function buildSummary({ url, fields, keyOf, stateOf }: SummaryInput): PageChecksSummary {
  const items: PageCheckItem[] = [];
  const counts: Counts = { recognised: 0, toVerify: 0, missing: 0, errors: 0, warnings: 0 };
  for (const f of fields) {
    if (f.decision === 'ignored') continue;
    const key = keyOf(f.element);
    const label = f.label || f.fieldId || 'Champ sans nom';
    if (f.decision === 'a_verifier') {
      counts.toVerify++;
      items.push({ key, label, path: f.path, kind: 'a_verifier', message: A_VERIFIER });
    } else if (f.fieldId) counts.recognised++;
    const problems = stateOf(f.element)?.problems ?? [];
    const kind = problemKind(problems);
    if (kind) counts[kind]++;
    for (const p of problems) {
      const itemKind = p.code === 'required' ? 'missing' : p.severity;
      items.push({ key, label, path: f.path, kind: itemKind, message: p.message });
    }
  }
  const rank = { error: 0, missing: 1, warning: 2, a_verifier: 3 } as const;
  items.sort((a, b) => rank[a.kind] - rank[b.kind]);
  return { url, ...counts, items };
}
