import { splitGroupId } from '../catalogue';
import type { GroupId } from '../catalogue/types';
import type { Scope } from './cues';
import type { Pending } from './decide';
import type { ControlDescription } from './description';

/** Rows of a table body that hold controls (cached per body for one scan). */
function controlRows(body: Element, cache: Map<Element, number>): number {
  let n = cache.get(body);
  if (n === undefined) {
    n = 0;
    for (const row of body.children)
      if (row.tagName === 'TR' && row.querySelector('input, select, textarea, [contenteditable]')) n++;
    cache.set(body, n);
  }
  return n;
}

/**
 * A list titled with a group's plural (« Organismes habilités ») laid out as a table with several
 * rows of controls: each row is an instance of the group.
 */
export function promoteListedRows(pending: readonly { scope: Scope; desc: ControlDescription }[]): void {
  const cache = new Map<Element, number>();
  for (const { scope, desc } of pending) {
    const body = desc.row?.parentElement;
    if (!scope.groupListed || scope.groupStrong || !desc.row || !body) continue;
    if (controlRows(body, cache) < 2) continue;
    scope.groupStrong = true;
    scope.groupContainer = desc.row;
  }
}

/** Share of its score a group field keeps for a control standing outside every instance. */
const OUTSIDE = 0.7;

/**
 * Structure across controls: once the page shows where a group's instances are (a card titled
 * « Bloc 2 », a row « Correspondance 1 »), a control outside all of them is not a member of that
 * group — « Prérequis à l'entrée en formation » after the blocs is the fiche's, not a bloc's.
 */
export function penaliseOutsideGroups(pending: readonly Pending[]): void {
  // Instance container → the groups it is an instance of (one lookup per ancestor below).
  const instances = new Map<Element, GroupId[]>();
  const groups = new Set<GroupId>();
  for (const { scope } of pending) {
    if (!scope.group || !scope.groupContainer) continue;
    groups.add(scope.group);
    const list = instances.get(scope.groupContainer);
    if (!list) instances.set(scope.groupContainer, [scope.group]);
    else if (!list.includes(scope.group)) list.push(scope.group);
  }
  if (!groups.size) return;
  for (const p of pending) {
    let inGroups: Set<GroupId> | null = null;
    let changed = false;
    for (const c of p.candidates) {
      const group = splitGroupId(c.fieldId)?.group;
      if (!group || !groups.has(group)) continue;
      inGroups ??= groupsHolding(p.desc.anchor, instances);
      if (inGroups.has(group)) continue;
      c.score *= OUTSIDE;
      changed = true;
    }
    if (changed) p.candidates.sort((a, b) => b.score - a.score);
  }
}

/** Groups whose instance containers hold `el` (one walk up, across shadow roots). */
function groupsHolding(el: Element, instances: Map<Element, GroupId[]>): Set<GroupId> {
  const out = new Set<GroupId>();
  for (let a: Node | null = el; a; a = a.nodeType === 11 ? (a as ShadowRoot).host : a.parentNode) {
    const list = instances.get(a as Element);
    if (list) for (const g of list) out.add(g);
  }
  return out;
}
