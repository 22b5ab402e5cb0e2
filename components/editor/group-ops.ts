import type { GroupId } from '@/utils/catalogue';
import type { Dossier, GroupItem } from '@/utils/dossier/model';

function withItems(d: Dossier, group: GroupId, items: GroupItem[]): Dossier {
  return { ...d, groups: { ...d.groups, [group]: items } };
}

const NO_ITEMS: GroupItem[] = [];

/** The group's items (the same empty array when there are none, for stable snapshots). */
export function itemsOf(d: Dossier, group: GroupId): GroupItem[] {
  return d.groups[group] ?? NO_ITEMS;
}

export function addItem(d: Dossier, group: GroupId): Dossier {
  return withItems(d, group, [...itemsOf(d, group), {}]);
}

export function removeItem(d: Dossier, group: GroupId, index: number): Dossier {
  return withItems(
    d,
    group,
    itemsOf(d, group).filter((_, i) => i !== index),
  );
}

/** Moves one item to another place; out-of-range moves change nothing. */
export function moveItem(d: Dossier, group: GroupId, from: number, to: number): Dossier {
  const items = [...itemsOf(d, group)];
  if (from < 0 || to < 0 || from >= items.length || to >= items.length || from === to) return d;
  const [moved] = items.splice(from, 1);
  items.splice(to, 0, moved!);
  return withItems(d, group, items);
}

/** The same moves on a parallel array (React keys of the items). */
export function moveKey<T>(keys: readonly T[], from: number, to: number): T[] {
  const next = [...keys];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

const FEMININE = new Set(['Correspondance', 'Promotion']);

/** « un bloc », « une promotion ». */
export function withArticle(itemLabel: string): string {
  return `${FEMININE.has(itemLabel) ? 'une' : 'un'} ${itemLabel.toLowerCase()}`;
}

/** « le bloc 2 », « la promotion 1 ». */
export function theItem(itemLabel: string, index: number): string {
  return `${FEMININE.has(itemLabel) ? 'la' : 'le'} ${itemLabel.toLowerCase()} ${index + 1}`;
}

export function isEmptyItem(item: GroupItem): boolean {
  return Object.values(item).every((v) => v === null || v === '' || (Array.isArray(v) && v.length === 0));
}
