import { isNewRules, parseFilingDate, todayIso } from '../criteria/filing-date';
import type { Dossier } from '../dossier/model';
import { getValue } from '../dossier/paths';
import { filledItems } from '../validation/required';
import { visibleTextOf } from './text';
import type { ReadinessContext, ReadinessDossier } from './types';

export interface ContextOptions {
  /** Filing date (YYYY-MM-DD) overriding the dossier's; default: the dossier's, else today. */
  on?: string;
}

/** The filing date the rules are read at: the one asked for, else the dossier's planned date, else today. */
export function filingDateOf(d: Pick<ReadinessDossier, 'filedOn'>, on?: string): string {
  if (on) return parseFilingDate(on);
  return d.filedOn ?? todayIso();
}

/** Reading helpers over one dossier, with texts and groups read once. */
export function readinessContext(d: ReadinessDossier, opts: ContextOptions = {}): ReadinessContext {
  const filingDate = filingDateOf(d, opts.on);
  const texts = new Map<string, string>();
  const groups = new Map<string, ReturnType<typeof filledItems>>();
  return {
    dossier: d,
    repertoire: d.repertoire,
    filingDate,
    newRules: isNewRules(filingDate),
    text(path) {
      let t = texts.get(path);
      if (t === undefined) {
        t = visibleTextOf(getValue(d as Dossier, path));
        texts.set(path, t);
      }
      return t;
    },
    attachments(...fieldIds) {
      return d.attachments.filter((a) => fieldIds.includes(a.fieldId));
    },
    items(groupId) {
      let list = groups.get(groupId);
      if (!list) {
        list = filledItems(d, groupId);
        groups.set(groupId, list);
      }
      return list;
    },
  };
}

/** The visible text of one member of a group record. */
export function itemText(item: Record<string, unknown>, key: string): string {
  return visibleTextOf(item[key]);
}
