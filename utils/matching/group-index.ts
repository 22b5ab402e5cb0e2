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

function chainOf(anchor: Element, parentOf: ParentOf): Element[] {
  const chain: Element[] = [];
  for (let a: Element | null = anchor; a; a = parentOf(a)) chain.push(a);
  return chain;
}

function indexGroup(members: GroupMember[], parentOf: ParentOf, out: Map<number, number>): void {
  const chains = members.map((m) => chainOf(m.anchor, parentOf));
  const counts = new Map<Element, Map<string, number>>();
  // Ancestors holding two controls of the same key: too large to be one instance.
  const crowded = new Set<Element>();
  members.forEach((m, i) => {
    for (const a of chains[i] ?? []) {
      let perKey = counts.get(a);
      if (!perKey) {
        perKey = new Map<string, number>();
        counts.set(a, perKey);
      }
      const n = (perKey.get(m.key) ?? 0) + 1;
      perKey.set(m.key, n);
      if (n > 1) crowded.add(a);
    }
  });
  const containerOf = members.map((_, i) => {
    const chain = chains[i] ?? [];
    let container = chain[0] as Element;
    for (const a of chain) {
      if (crowded.has(a)) break;
      container = a;
    }
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
