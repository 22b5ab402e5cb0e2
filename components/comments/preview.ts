import {
  type IgnoredLine,
  type LetterDeadline,
  type LinkedComment,
  type LinkResult,
  linkItem,
} from '@/utils/comments';
import { withReceivedOn } from '@/utils/comments/letter-deadline';
import { newId } from '@/utils/dossier/factory';
import type { ComplementRequest, TrackedComment } from '@/utils/storage/records';
import { fieldsForCriterion } from './criterion-choice';
import type { DossierRules } from './labels';

/** One analysed comment before it is tracked: the engine's answer plus the user's choices. */
export interface PreviewEntry {
  key: string;
  linked: LinkedComment;
  criterion: string | null;
  criterionByUser: boolean;
  fields: string[];
  /**
   * Whether « Suivre ces remarques » stores it: off by default when nothing points to a criterion or when the
   * link is to be confirmed.
   */
  selected: boolean;
}

export interface Preview {
  entries: PreviewEntry[];
  /** The letter's furniture, shown apart as « Ignoré »; a line can be restored as a remark. */
  ignored: IgnoredLine[];
  /** The deadline the letter sets (due date counted from the day received), if any. */
  deadline: LetterDeadline | null;
  truncated: boolean;
  notice?: string;
}

/** Below this confidence the engine's link shows « à confirmer » and is not preselected for tracking. */
export const CONFIRM_BELOW = 0.45;

/** Whether the engine's link needs the user's confirmation (a low confidence the user has not overridden). */
export const toConfirm = (e: Pick<PreviewEntry, 'linked' | 'criterion' | 'criterionByUser'>) =>
  !e.criterionByUser && e.criterion !== null && e.linked.confidence < CONFIRM_BELOW;

function entryOf(linked: LinkedComment, key: string): PreviewEntry {
  const entry = {
    key,
    linked,
    criterion: linked.criterion?.number ?? null,
    criterionByUser: false,
    fields: linked.fields,
  };
  return { ...entry, selected: !toConfirm(entry) && (linked.criterion !== null || linked.fields.length > 0) };
}

export function toPreview(result: LinkResult): Preview {
  return {
    entries: result.items.map((linked, i) => entryOf(linked, `r${i}`)),
    ignored: result.ignored,
    deadline: result.deadline,
    truncated: result.truncated,
    ...(result.notice ? { notice: result.notice } : {}),
  };
}

/**
 * An ignored line becomes a remark (the user restores it): linked on its own, placed among the remarks by its
 * line in the letter, and selected for tracking since the user asked for it.
 */
export function restoreLine(preview: Preview, line: number, rules: DossierRules): Preview {
  const found = preview.ignored.find((i) => i.line === line);
  if (!found) return preview;
  const linked = {
    ...linkItem(
      { text: found.text, line },
      { repertoire: rules.repertoire, filedOn: rules.filedOn ?? undefined },
    ),
  };
  const entry = { ...entryOf(linked, `l${line}`), selected: true };
  const at = preview.entries.findIndex((e) => (e.linked.line ?? Number.POSITIVE_INFINITY) > line);
  const entries = [...preview.entries];
  entries.splice(at < 0 ? entries.length : at, 0, entry);
  return { ...preview, entries, ignored: preview.ignored.filter((i) => i.line !== line) };
}

/** The deadline as of the day the user says the letter was received. */
export function deadlineFor(preview: Preview, receivedOn: string): LetterDeadline | null {
  return preview.deadline ? withReceivedOn(preview.deadline, receivedOn) : null;
}

/** The request for additions the tracked remarks will belong to. */
export function toRequest(
  preview: Preview,
  dossierId: string,
  receivedOn: string,
  now = new Date(),
): ComplementRequest {
  const at = now.toISOString();
  const deadline = deadlineFor(preview, receivedOn);
  return {
    id: newId(),
    dossierId,
    receivedOn,
    dueOn: deadline?.dueOn ?? null,
    deadline: deadline
      ? {
          rule: deadline.rule,
          words: deadline.words,
          sentence: deadline.sentence,
          letterDate: deadline.letterDate,
        }
      : null,
    ignored: preview.ignored.map((i) => ({ text: i.text, kind: i.kind, line: i.line })),
    createdAt: at,
    updatedAt: at,
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
  requestId = newId(),
): TrackedComment[] {
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
      answer: '',
      ...(e.linked.heading ? { heading: e.linked.heading } : {}),
      createdAt: at,
      updatedAt: at,
      receivedOn,
    }));
}
