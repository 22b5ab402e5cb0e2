import { type GroupId, getField, getGroup, splitGroupId } from '../catalogue';
import type { DossierDto, FieldValue } from '../dossier/model';
import { groupPath, isFilled, parsePath } from '../dossier/paths';
import { plainFromRich, visibleText } from '../richtext/core';
import { pathLabel } from './labels';
import { formatCount, textLength } from './length';
import { valueAsText } from './normalise';
import { looksLikeHtml } from './target';
import type { PageFieldState, PlanItem } from './types';
import { valueErrors } from './value-errors';

/**
 * Repeated items the dossier holds beyond what the page shows (blocs 2–4, promotion 2…): how
 * many, and the preview's rows for their values. Pure: the page side finds the add controls.
 */

export interface GroupCount {
  group: GroupId;
  /** Items of the group the page shows (the highest index recognised, plus one). */
  onPage: number;
  /** Items of the dossier that hold at least one value (empty ones at the end are not created). */
  inDossier: number;
}

/** « blocs », « promotions »: the group's items, in the plural, for sentences. */
export function itemsWord(group: GroupId, n: number): string {
  const word = getGroup(group).itemLabel.toLowerCase();
  return n > 1 ? `${word}s` : word;
}

/** The dossier's items of a group, up to the last one holding a value. */
export function dossierItemCount(dossier: DossierDto, group: GroupId): number {
  const items = dossier.groups[group] ?? [];
  let n = items.length;
  while (n > 0 && !Object.values(items[n - 1] ?? {}).some((v) => isFilled(v))) n -= 1;
  return n;
}

/** Every group at least one recognised control of the page belongs to, with its counts. */
export function groupCounts(states: readonly PageFieldState[], dossier: DossierDto): GroupCount[] {
  const onPage = new Map<GroupId, number>();
  for (const s of states) {
    const p = s.path ? parsePath(s.path) : null;
    if (!p?.group || p.index === null) continue;
    onPage.set(p.group, Math.max(onPage.get(p.group) ?? 0, p.index + 1));
  }
  return [...onPage].map(([group, n]) => ({ group, onPage: n, inDossier: dossierItemCount(dossier, group) }));
}

/**
 * A value as the preview shows it, as it will be written: formatted text as a rich-text editor
 * shows it, or as its plain rendering (« - » bullets) for a plain control; never its tags.
 */
const shown = (v: FieldValue, control: PlanItem['control']): string => {
  if (typeof v !== 'string' || !looksLikeHtml(v)) return valueAsText(v);
  return control === 'richtext' ? visibleText(v) : plainFromRich(v);
};

/**
 * The preview's rows for item `index` of a group the page does not show yet: one per value of
 * the dossier. `created` says whether the page's add control was found (else « à ajouter à la
 * main »); `siblings` are the states of an item already on the page (same control, same limit).
 */
export function futureRows(
  dossier: DossierDto,
  group: GroupId,
  index: number,
  created: boolean,
  siblings: readonly PageFieldState[],
): PlanItem[] {
  const item = dossier.groups[group]?.[index] ?? {};
  const rows: PlanItem[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (!isFilled(value)) continue;
    const fieldId = `${group}[].${key}`;
    if (!getField(fieldId)) continue;
    const path = groupPath(fieldId, index);
    const sibling = siblings.find((s) => s.fieldId === fieldId);
    const base: PlanItem = {
      key: `new:${path}`,
      path,
      label: pathLabel(path),
      control: sibling?.control ?? 'text',
      current: '',
      target: shown(value, sibling?.control ?? 'text'),
      decision: created ? 'a_creer' : 'sans_ajout',
    };
    if (!created) {
      rows.push(base);
      continue;
    }
    const errors = valueErrors(dossier, path, fieldId);
    const limit = sibling?.limit;
    const n = textLength(base.target);
    if (errors.length > 0)
      rows.push({ ...base, decision: 'invalide', note: `${errors.join(' ')} (élément à créer)` });
    else if (limit && n > limit.limit)
      rows.push({
        ...base,
        decision: 'trop_long',
        note: `${formatCount(n)} caractères pour ${formatCount(limit.limit)} autorisés (limite ${limit.source}) (élément à créer).`,
      });
    else rows.push(base);
  }
  return rows;
}

/** The states of one item of a group (`index`) among the page's. */
export function itemStates(
  states: readonly PageFieldState[],
  group: GroupId,
  index: number,
): PageFieldState[] {
  return states.filter((s) => {
    const p = s.path ? parsePath(s.path) : null;
    return p?.group === group && p.index === index;
  });
}

/** Whether a catalogue id belongs to a repeatable group. */
export const inGroup = (fieldId: string | null, group: GroupId): boolean =>
  splitGroupId(fieldId ?? '')?.group === group;
