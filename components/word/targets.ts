import { fieldsFor } from '@/utils/catalogue';
import type { Repertoire } from '@/utils/catalogue/types';

export interface TargetOption {
  value: string;
  label: string;
}

/**
 * Where a section may go: every formatted-text field of the repertoire, and each bloc's fields
 * (existing blocs and those the document adds).
 */
export function targetOptions(repertoire: Repertoire, blocs: number): TargetOption[] {
  const fields = fieldsFor(repertoire).filter((f) => f.kind === 'textarea' || f.group === 'fiche.blocs');
  const out: TargetOption[] = fields
    .filter((f) => f.group === null)
    .map((f) => ({ value: f.id, label: f.shortLabel }));
  for (let i = 0; i < blocs; i++)
    for (const f of fields.filter((x) => x.group === 'fiche.blocs'))
      out.push({ value: f.id.replace('[]', `[${i}]`), label: `Bloc ${i + 1} — ${f.shortLabel}` });
  return out;
}
