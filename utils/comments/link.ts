import { findCriterion, parseRepertoire } from '@/utils/criteria/criteria-for';
import { todayIso } from '@/utils/criteria/filing-date';
import { CLOSE_RATIO } from './confidence';
import { criterionFields, isAttachmentField } from './criterion-fields';
import { refineFields } from './field-refinements';
import { letterDeadline } from './letter-deadline';
import type { ModelBlend } from './model';
import { defaultBlend } from './model-default';
import { rankItem } from './rank';
import { rankFieldsByTerms } from './rank-fields';
import { type SplitItem, splitComments, splitLines } from './split';
import type { Candidate, LinkedComment, LinkOptions, LinkResult, RunnerUp } from './types';

const NOTHING_FOUND = 'la remarque ne cite aucun critère et n’emploie aucun mot propre à l’un d’eux';

function runnerUpOf(candidates: readonly Candidate[]): RunnerUp | null {
  const [top, next] = candidates;
  if (!top || !next) return null;
  const close =
    next.explicit || top.explicit ? next.confidence >= 0.3 : next.score >= top.score * CLOSE_RATIO;
  return close ? { number: next.number, confidence: next.confidence } : null;
}

function fieldsOf(
  options: LinkOptions,
  number: string | null,
  text: string,
): { fields: string[]; attachments: string[] } {
  const repertoire = parseRepertoire(options.repertoire);
  const target = number ? criterionFields(repertoire, number) : { fields: [], attachments: [] };
  const fields: string[] = [];
  // For admissibility the missing document matters more than the account fields.
  const own =
    number === 'recevabilite'
      ? [...target.attachments, ...target.fields]
      : [...target.fields, ...target.attachments];
  // Fields the remark names come first, then the criterion's fields by the remark's own terms.
  for (const id of [...refineFields(text, repertoire), ...rankFieldsByTerms(text, own)]) {
    if (!fields.includes(id)) fields.push(id);
  }
  return { fields, attachments: fields.filter(isAttachmentField) };
}

/** Links one comment to its most likely criterion, with reasons, a close runner-up and the fields to correct. */
export function linkItem(
  item: SplitItem | string,
  options: LinkOptions,
  blend: ModelBlend = defaultBlend(),
): LinkedComment {
  const { text, heading } = typeof item === 'string' ? { text: item.trim(), heading: undefined } : item;
  const candidates = rankItem({ text, ...(heading ? { heading } : {}) }, options, blend);
  const top = candidates[0];
  const criterion = top ? findCriterion(options.repertoire, top.number, options.filedOn, true) : undefined;
  const line = typeof item === 'string' ? undefined : item.line;
  const base = { text, ...(heading ? { heading } : {}), ...(line !== undefined ? { line } : {}) };
  if (!top || !criterion) {
    return {
      ...base,
      criterion: null,
      confidence: 0,
      reasons: [NOTHING_FOUND],
      runnerUp: null,
      ...fieldsOf(options, null, text),
    };
  }
  return {
    ...base,
    criterion: {
      repertoire: criterion.repertoire,
      number: criterion.number,
      title: criterion.title,
      wording: criterion.wording,
    },
    confidence: top.confidence,
    reasons: top.reasons,
    runnerUp: runnerUpOf(candidates),
    ...fieldsOf(options, top.number, `${heading ?? ''} ${text}`),
  };
}

/**
 * Splits a pasted request for additions — a list, a whole letter or e-mail — (or takes one comment per line with
 * `lines`), links every remark, and finds the letter's furniture and deadline (due date counted from
 * `receivedOn`, today by default).
 */
export function linkComments(
  input: string,
  options: LinkOptions & { lines?: boolean; receivedOn?: string },
): LinkResult {
  const split = options.lines ? splitLines(input) : splitComments(input);
  return {
    items: split.items.map((item) => linkItem(item, options)),
    ignored: split.ignored,
    deadline: options.lines ? null : letterDeadline(split.lines, options.receivedOn ?? todayIso()),
    truncated: split.truncated,
    ...(split.notice ? { notice: split.notice } : {}),
  };
}
