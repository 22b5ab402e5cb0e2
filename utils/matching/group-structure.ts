import { splitGroupId } from '../catalogue';
import type { GroupId } from '../catalogue/types';
import { holds } from './collect';
import type { Pending } from './decide';

/** Share of its score a group field keeps for a control standing outside every instance. */
const OUTSIDE = 0.7;

/**
 * Structure across controls: once the page shows where a group's instances are (a card titled
 * « Bloc 2 », a row « Correspondance 1 »), a control outside all of them is not a member of that
 * group — « Prérequis à l'entrée en formation » after the blocs is the fiche's, not a bloc's.
 */
export function penaliseOutsideGroups(pending: readonly Pending[]): void {
  const instances = new Map<GroupId, Set<Element>>();
  for (const { scope } of pending) {
    if (!scope.group || !scope.groupContainer) continue;
    const set = instances.get(scope.group) ?? new Set<Element>();
    set.add(scope.groupContainer);
    instances.set(scope.group, set);
  }
  if (!instances.size) return;
  for (const p of pending) {
    let changed = false;
    for (const c of p.candidates) {
      const group = splitGroupId(c.fieldId)?.group;
      const containers = group ? instances.get(group) : undefined;
      if (!containers) continue;
      let inside = false;
      for (const el of containers) if (holds(el, p.desc.anchor)) inside = true;
      if (inside) continue;
      c.score *= OUTSIDE;
      changed = true;
    }
    if (changed) p.candidates.sort((a, b) => b.score - a.score);
  }
}
