import type { CatalogueField } from '@/utils/catalogue';
import type { Dossier } from '@/utils/dossier/model';
import { getValue } from '@/utils/dossier/paths';

export interface RequiredInfo {
  /** Must be filled now (the condition, if any, is met). */
  now: boolean;
  /** French wording of a conditional rule: « obligatoire si cette voie d’accès est ouverte ». */
  condition: string | null;
}

export function requiredInfo(field: CatalogueField, d: Dossier): RequiredInfo {
  const rule = field.required;
  if (rule.kind === 'always') return { now: true, condition: null };
  if (rule.kind === 'never') return { now: false, condition: null };
  return { now: getValue(d, rule.field) === rule.equals, condition: `obligatoire si ${rule.because}` };
}
