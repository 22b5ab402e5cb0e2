import type { CatalogueField } from '@/utils/catalogue';
import type { Dossier } from '@/utils/dossier/model';
import { getValue } from '@/utils/dossier/paths';

export interface RequiredInfo {
  /** Must be filled now (the condition, if any, is met). */
  now: boolean;
  /** Why, for a conditional rule: « cette voie d’accès est ouverte ». */
  because: string | null;
}

export function requiredInfo(field: CatalogueField, d: Dossier): RequiredInfo {
  const rule = field.required;
  if (rule.kind === 'always') return { now: true, because: null };
  if (rule.kind === 'never') return { now: false, because: null };
  return { now: getValue(d, rule.field) === rule.equals, because: rule.because };
}
