import { type GroupId, splitGroupId } from '@/utils/catalogue';
import { parsePath } from '@/utils/dossier/paths';
import type { RecognisedField } from '@/utils/matching/types';

/**
 * Where a repeatable group sits on the page: each item's box (the largest block holding that
 * item's controls and nothing of another item or field) and the group's box (the largest block
 * holding all its items and no other recognised control, a few levels at most). Add and remove
 * controls are looked for only there: never elsewhere on the page.
 */
export interface ItemBox {
  index: number;
  fields: RecognisedField[];
  container: Element;
}

export interface GroupLayout {
  group: GroupId;
  items: Map<number, ItemBox>;
  container: Element;
  /** Every recognised control of the page outside this group (for « right after » checks). */
  others: Element[];
}

/** Blocks a group never reaches beyond: the form, the tab's panel, a dialog, the page. */
const STOP = new Set(['FORM', 'MAIN', 'BODY', 'HTML']);
const isStop = (el: Element) =>
  STOP.has(el.tagName) || /^(tabpanel|dialog|main|form)$/.test(el.getAttribute('role') ?? '');
const GROUP_CLIMB = 4;

/** The parent in the flat tree (a shadow root's host). */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return (root as ShadowRoot).host ?? null;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let a: Element | null = el; a; a = parentOf(a)) out.push(a);
  return out;
}

/** The closest block holding all the elements (null across documents). */
export function commonAncestor(els: readonly Element[]): Element | null {
  const [first, ...rest] = els;
  if (!first) return null;
  let chain = ancestors(first);
  for (const el of rest) {
    const mine = new Set(ancestors(el));
    chain = chain.filter((a) => mine.has(a));
  }
  return chain[0] ?? null;
}

const elementsOf = (f: RecognisedField): Element[] => (f.radios?.length ? f.radios : [f.element]);
const holdsAny = (box: Element, els: readonly Element[]) => els.some((e) => box !== e && box.contains(e));

/** Climbs from `start` while the parent holds none of `foreign`, stopping at `max` levels or a stop block. */
function climb(start: Element, foreign: readonly Element[], max: number): Element {
  let box = start;
  for (let i = 0; i < max; i++) {
    const up = parentOf(box);
    if (!up || isStop(up) || isStop(box) || holdsAny(up, foreign)) break;
    box = up;
  }
  return box;
}

/** The layout of every group with at least one recognised item on the page. */
export function groupLayouts(fields: readonly RecognisedField[]): Map<GroupId, GroupLayout> {
  const byGroup = new Map<GroupId, Map<number, RecognisedField[]>>();
  for (const f of fields) {
    const p = f.path ? parsePath(f.path) : null;
    if (!p?.group || p.index === null || !splitGroupId(p.fieldId)) continue;
    const items = byGroup.get(p.group) ?? new Map<number, RecognisedField[]>();
    items.set(p.index, [...(items.get(p.index) ?? []), f]);
    byGroup.set(p.group, items);
  }
  const out = new Map<GroupId, GroupLayout>();
  for (const [group, items] of byGroup) {
    const lcas = new Map<number, Element>();
    for (const [index, members] of items) {
      const lca = commonAncestor(members.flatMap(elementsOf));
      if (lca) lcas.set(index, lca);
    }
    // An undecided control inside an item (a field the matcher does not know) belongs to that item.
    const inItem = (el: Element) => [...lcas.values()].some((box) => box.contains(el));
    const own = new Set([...items.values()].flat().flatMap(elementsOf));
    const others = fields
      .filter((f) => !(f.path === null && elementsOf(f).some(inItem)))
      .flatMap(elementsOf)
      .filter((el) => !own.has(el));
    const all = [...own];
    const groupStart = commonAncestor(all);
    if (!groupStart) continue;
    const container = climb(groupStart, others, GROUP_CLIMB);
    const boxes = new Map<number, ItemBox>();
    for (const [index, members] of items) {
      const lca = lcas.get(index);
      if (!lca) continue;
      const siblings = [...items].filter(([i]) => i !== index).flatMap(([, m]) => m.flatMap(elementsOf));
      const box = items.size === 1 ? container : climb(lca, [...others, ...siblings], 12);
      boxes.set(index, { index, fields: members, container: box });
    }
    out.set(group, { group, items: boxes, container, others });
  }
  return out;
}
