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
  // Instance container → the groups it is an instance of, one bit per group of this page.
  const bits = new Map<GroupId, number>();
  const instances = new Map<Node, number>();
  for (const { scope } of pending) {
    if (!scope.group || !scope.groupContainer) continue;
    let bit = bits.get(scope.group);
    if (bit === undefined) {
      bit = 1 << bits.size;
      bits.set(scope.group, bit);
    }
    instances.set(scope.groupContainer, (instances.get(scope.groupContainer) ?? 0) | bit);
  }
  if (!bits.size) return;
  const holding = groupsHolding(instances);
  for (const p of pending) {
    let inGroups: number | null = null;
    let changed = false;
    for (const c of p.candidates) {
      const group = splitGroupId(c.fieldId)?.group;
      const bit = group && bits.get(group);
      if (!bit) continue;
      inGroups ??= holding(p.desc.anchor);
      if (inGroups & bit) continue;
      c.score *= OUTSIDE;
      changed = true;
    }
    if (changed) p.candidates.sort((a, b) => b.score - a.score);
  }
}

/**
 * The groups whose instance containers hold a node (across shadow roots), as bits: each ancestor
 * is looked at once per scan, the controls of one container sharing the walk above it.
 */
function groupsHolding(instances: Map<Node, number>): (el: Node) => number {
  const known = new Map<Node, number>();
  const of = (node: Node): number => {
    const cached = known.get(node);
    if (cached !== undefined) return cached;
    const up = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode;
    const value = (instances.get(node) ?? 0) | (up ? of(up) : 0);
    known.set(node, value);
    return value;
  };
  return of;
}
