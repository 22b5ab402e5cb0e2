import { getField } from '@/utils/catalogue';
import { groupPath } from '@/utils/dossier/paths';
import type { RecognisedField } from '@/utils/matching/types';
import { readChoice } from './read-control';

export interface PageRequirement {
  required: boolean;
  because?: string;
}

/** The control on the page whose value decides whether `f` is required (`when` rules), if any. */
export function conditionControl(
  f: RecognisedField,
  byPath: ReadonlyMap<string, RecognisedField>,
): RecognisedField | undefined {
  const rule = f.fieldId ? getField(f.fieldId)?.required : undefined;
  if (rule?.kind !== 'when') return undefined;
  const index = /\[(\d+)\]/.exec(f.path ?? '')?.[1];
  return byPath.get(
    index !== undefined && rule.field.includes('[]') ? groupPath(rule.field, Number(index)) : rule.field,
  );
}

/**
 * Whether a field must be filled on this page: the page's own marker, the catalogue's `always`,
 * or a `when` condition read from the other control on the page (a voie d'accès « Autorisé »…).
 */
export function pageRequirement(
  f: RecognisedField,
  byPath: ReadonlyMap<string, RecognisedField>,
): PageRequirement {
  if (f.decision === 'a_verifier' || f.decision === 'ignored') return { required: f.pageRequired };
  const rule = f.fieldId ? getField(f.fieldId)?.required : undefined;
  if (f.pageRequired || rule?.kind === 'always') return { required: true };
  const other = conditionControl(f, byPath);
  if (rule?.kind !== 'when' || !other) return { required: false };
  return readChoice(other).includes(rule.equals)
    ? { required: true, because: rule.because }
    : { required: false };
}
