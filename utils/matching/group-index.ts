import type { GroupId } from '../catalogue/types';

/**
 * Index of a control inside a repeated group (blocs, certificateurs, partenaires, promotions,
 * correspondances), from structure: the instance container of a control is its largest ancestor
 * that holds at most one control per key of the group (a bloc's section, a table row). Instances
 * are ranked in document order; a number read next to the group cue (« Bloc 2 ») wins when every
 * instance has a distinct one. When every instance holds a single control (promotions laid out
 * in columns), controls are ranked per key instead.
 */

export interface GroupMember {
  /** Position of the control in the scan. */
  at: number;
  group: GroupId;
  key: string;
  anchor: Element;
  /** 1-based number read in the control's context (« Bloc 2 »), if any. */
  number?: number;
}

export type ParentOf = (el: Element) => Element | null;

/**
 * Ancestors (anchors included) holding two members of the same key: too large to be one instance.
 * Per key, a member's walk up stops at the first ancestor an earlier member passed: that one and
 * everything above it hold both, and are marked up to the first ancestor already marked.
 */
function crowdedAncestors(members: readonly GroupMember[], parentOf: ParentOf): Set<Element> {
  const crowded = new Set<Element>();
  const seen = new Map<string, Set<Element>>();
  for (const m of members) {
    let passed = seen.get(m.key);
    if (!passed) {
      passed = new Set();
      seen.set(m.key, passed);
    }
    let a: Element | null = m.anchor;
    for (; a && !passed.has(a); a = parentOf(a)) passed.add(a);
    for (; a && !crowded.has(a); a = parentOf(a)) crowded.add(a);
  }
  return crowded;
}

function indexGroup(members: GroupMember[], parentOf: ParentOf, out: Map<number, number>): void {
  const crowded = crowdedAncestors(members, parentOf);
  // The instance container: the largest ancestor below the first crowded one.
  const containerOf = members.map((m) => {
    let container = m.anchor;
    for (let a: Element | null = m.anchor; a && !crowded.has(a); a = parentOf(a)) container = a;
    return container;
  });
  const rankOf = new Map<Element, number>();
  const numbers: (number | undefined)[] = [];
  let multiKey = false;
  containerOf.forEach((c, i) => {
    if (rankOf.has(c)) multiKey = true;
    else {
      rankOf.set(c, rankOf.size);
      numbers.push(members[i]?.number);
    }
  });
  const explicit = numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length;
  const perKeyRank = new Map<string, number>();
  members.forEach((m, i) => {
    const container = containerOf[i] as Element;
    const rank = rankOf.get(container) ?? 0;
    let index: number;
    if (explicit) index = (numbers[rank] ?? 1) - 1;
    else if (multiKey || rankOf.size === 1) index = rank;
    else {
      index = perKeyRank.get(m.key) ?? 0;
      perKeyRank.set(m.key, index + 1);
    }
    out.set(m.at, index);
  });
}

/** Index of each member (by scan position). */
export function groupIndexes(members: readonly GroupMember[], parentOf: ParentOf): Map<number, number> {
  const out = new Map<number, number>();
  const byGroup = new Map<GroupId, GroupMember[]>();
  for (const m of members) {
    const list = byGroup.get(m.group);
    if (list) list.push(m);
    else byGroup.set(m.group, [m]);
  }
  for (const list of byGroup.values()) indexGroup(list, parentOf, out);
  return out;
}
