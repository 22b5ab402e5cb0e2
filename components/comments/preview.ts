import type { LinkedComment, LinkResult } from '@/utils/comments';
import { newId } from '@/utils/dossier/factory';
import type { TrackedComment } from '@/utils/storage/records';
import { fieldsForCriterion } from './criterion-choice';
import type { DossierRules } from './labels';

/** One analysed comment before it is tracked: the engine's answer plus the user's choices. */
export interface PreviewEntry {
  key: string;
  linked: LinkedComment;
  criterion: string | null;
  criterionByUser: boolean;
  fields: string[];
  /** Whether « Suivre ces remarques » stores it (off by default when nothing points to a criterion). */
  selected: boolean;
}

export interface Preview {
  entries: PreviewEntry[];
  truncated: boolean;
  notice?: string;
}

export function toPreview(result: LinkResult): Preview {
  return {
    entries: result.items.map((linked, i) => ({
      key: `r${i}`,
      linked,
      criterion: linked.criterion?.number ?? null,
      criterionByUser: false,
      fields: linked.fields,
      selected: linked.criterion !== null || linked.fields.length > 0,
    })),
    truncated: result.truncated,
    ...(result.notice ? { notice: result.notice } : {}),
  };
}

/** The text the engine analysed for an entry (its title line counts for the fields it names). */
const analysedText = (l: LinkedComment) => (l.heading ? `${l.heading} ${l.text}` : l.text);

/** The user picks another criterion (or none): their choice is kept and the fields follow it. */
export function chooseCriterion(
  entry: PreviewEntry,
  rules: DossierRules,
  number: string | null,
): PreviewEntry {
  if (number === entry.linked.criterion?.number && !entry.criterionByUser) return entry;
  return {
    ...entry,
    criterion: number,
    criterionByUser: true,
    fields: fieldsForCriterion(rules, number, analysedText(entry.linked)),
  };
}

/** The selected entries as tracked comments of one request (status « à traiter »). */
export function toTracked(
  entries: readonly PreviewEntry[],
  dossierId: string,
  receivedOn: string | null,
  now = new Date(),
): TrackedComment[] {
  const requestId = newId();
  const at = now.toISOString();
  return entries
    .filter((e) => e.selected)
    .map((e, position) => ({
      id: newId(),
      dossierId,
      requestId,
      position,
      text: e.linked.text,
      criterion: e.criterion,
      criterionByUser: e.criterionByUser,
      confidence: e.linked.confidence,
      fields: e.fields,
      status: 'a_traiter' as const,
      note: '',
      createdAt: at,
      updatedAt: at,
      receivedOn,
    }));
}
