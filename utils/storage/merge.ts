import type { Dossier, GroupItem } from '../dossier/model';
import {
  cellSlot,
  fileSlot,
  groupSlot,
  holds,
  META_KEYS,
  metaSlot,
  readSlot,
  type SlotValue,
  sameValue,
  sizeSlot,
  valueSlot,
  writeSlot,
} from './slots';

/** One changed place: the value the writer started from and the value it wrote. */
export interface PatchEntry {
  slot: string;
  base: unknown;
  value: unknown;
}

/** A slot where the stored value was neither the writer's base nor its value: it was replaced. */
export interface Conflict {
  slot: string;
  /** The stored value the patch replaced (kept in history). */
  replaced: unknown;
  /** The value the patch wrote. */
  value: unknown;
}

function keysOf(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function groupEntries(group: string, base: GroupItem[], next: GroupItem[]): PatchEntry[] {
  if (sameValue(base, next)) return [];
  // Items removed: the group is one slot (items have no identity to merge the rest on).
  if (next.length < base.length) return [{ slot: groupSlot(group), base, value: next }];
  const entries: PatchEntry[] =
    next.length > base.length ? [{ slot: sizeSlot(group), base: base.length, value: next.length }] : [];
  next.forEach((item, i) => {
    const before = base[i] ?? {};
    for (const key of keysOf(before, item)) {
      const b = before[key] ?? null;
      const n = item[key] ?? null;
      if (!sameValue(b, n)) entries.push({ slot: cellSlot(group, i, key), base: b, value: n });
    }
  });
  return entries;
}

/** The slots `next` changed from `base`, each with both values. Timestamps and ids are not slots. */
export function diffDossier(base: Dossier, next: Dossier): PatchEntry[] {
  const entries: PatchEntry[] = [];
  for (const key of META_KEYS) {
    if (!sameValue(base[key], next[key]))
      entries.push({ slot: metaSlot(key), base: base[key], value: next[key] });
  }
  for (const id of keysOf(base.values, next.values)) {
    const b = base.values[id] ?? null;
    const n = next.values[id] ?? null;
    if (!sameValue(b, n)) entries.push({ slot: valueSlot(id), base: b, value: n });
  }
  for (const g of keysOf(base.groups, next.groups)) {
    entries.push(...groupEntries(g, base.groups[g] ?? [], next.groups[g] ?? []));
  }
  const before = new Map(base.attachments.map((a) => [a.id, a]));
  const after = new Map(next.attachments.map((a) => [a.id, a]));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(id) ?? null;
    const n = after.get(id) ?? null;
    if (!sameValue(b, n)) entries.push({ slot: fileSlot(id), base: b, value: n });
  }
  return entries;
}

/**
 * Writes a patch onto the stored dossier: slots the patch did not change keep the stored value, and
 * a slot another writer changed since the patch's base takes the patch's value (the later writer
 * wins) and is reported as a conflict.
 */
export function applyPatch(
  stored: Dossier,
  entries: readonly PatchEntry[],
): { dossier: Dossier; conflicts: Conflict[] } {
  let dossier = stored;
  const conflicts: Conflict[] = [];
  for (const e of entries) {
    const current: SlotValue | null = readSlot(dossier, e.slot);
    if (holds(e.slot, current, e.value)) continue;
    if (!sameValue(current, e.base)) conflicts.push({ slot: e.slot, replaced: current, value: e.value });
    dossier = writeSlot(dossier, e.slot, e.value);
  }
  return { dossier, conflicts };
}
