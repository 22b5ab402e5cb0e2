import { MAX_GROUP_ITEMS } from '../dossier/limits';
import type { AttachmentMeta, Dossier, FieldValue, GroupItem } from '../dossier/model';

/**
 * The places of a dossier that writers merge one by one. A slot is named by a string:
 * `meta:name` (the dossier's own fields), `value:fiche.intitule` (a scalar field),
 * `cell:fiche.blocs:2:libelle` (one field of one group item), `size:fiche.blocs` (items added at
 * the end: the group holds at least that many), `group:fiche.blocs` (a whole group, when items were
 * removed) and `file:<attachment id>` (an attachment's metadata).
 */
export type SlotValue = FieldValue | GroupItem[] | AttachmentMeta | string;

export const META_KEYS = ['name', 'repertoire', 'requestKind', 'previousCode', 'filedOn'] as const;
type MetaKey = (typeof META_KEYS)[number];

export const metaSlot = (key: MetaKey) => `meta:${key}`;
export const valueSlot = (fieldId: string) => `value:${fieldId}`;
export const cellSlot = (group: string, index: number, key: string) => `cell:${group}:${index}:${key}`;
export const groupSlot = (group: string) => `group:${group}`;
export const sizeSlot = (group: string) => `size:${group}`;
export const fileSlot = (id: string) => `file:${id}`;

type Parsed =
  | { kind: 'meta'; key: MetaKey }
  | { kind: 'value'; fieldId: string }
  | { kind: 'cell'; group: string; index: number; key: string }
  | { kind: 'group'; group: string }
  | { kind: 'size'; group: string }
  | { kind: 'file'; id: string };

export function parseSlot(slot: string): Parsed | null {
  const colon = slot.indexOf(':');
  const kind = slot.slice(0, colon);
  const rest = slot.slice(colon + 1);
  if (colon < 1 || rest === '') return null;
  if (kind === 'meta')
    return (META_KEYS as readonly string[]).includes(rest) ? { kind, key: rest as MetaKey } : null;
  if (kind === 'value') return { kind, fieldId: rest };
  if (kind === 'group' || kind === 'size') return { kind, group: rest };
  if (kind === 'file') return { kind, id: rest };
  if (kind === 'cell') {
    const m = /^([^:]+):(\d+):([^:]+)$/.exec(rest);
    const index = Number(m?.[2]);
    if (!m?.[1] || !m[3] || !(index < MAX_GROUP_ITEMS)) return null;
    return { kind, group: m[1], index, key: m[3] };
  }
  return null;
}

/** The value at a slot; an absent value reads as null (an absent group as no items). */
export function readSlot(d: Dossier, slot: string): SlotValue | null {
  const p = parseSlot(slot);
  if (!p) return null;
  switch (p.kind) {
    case 'meta':
      return d[p.key];
    case 'value':
      return d.values[p.fieldId] ?? null;
    case 'cell':
      return d.groups[p.group]?.[p.index]?.[p.key] ?? null;
    case 'group':
      return d.groups[p.group] ?? [];
    case 'size':
      return d.groups[p.group]?.length ?? 0;
    case 'file':
      return d.attachments.find((a) => a.id === p.id) ?? null;
  }
}

/** True when the slot already holds what `value` asks for (a group size is a minimum). */
export function holds(slot: string, current: unknown, value: unknown): boolean {
  if (slot.startsWith('size:'))
    return typeof current === 'number' && typeof value === 'number' && current >= value;
  return sameValue(current, value);
}

/** A new dossier with the slot written; group items are added up to the cell's index as needed. */
export function writeSlot(d: Dossier, slot: string, value: unknown): Dossier {
  const p = parseSlot(slot);
  if (!p) throw new Error(`Emplacement inconnu dans le dossier : ${slot}`);
  switch (p.kind) {
    case 'meta':
      return { ...d, [p.key]: value };
    case 'value': {
      const values = { ...d.values };
      if (value === null) delete values[p.fieldId];
      else values[p.fieldId] = value as FieldValue;
      return { ...d, values };
    }
    case 'cell': {
      const items = [...(d.groups[p.group] ?? [])];
      while (items.length <= p.index) items.push({});
      const item = { ...items[p.index] };
      if (value === null) delete item[p.key];
      else item[p.key] = value as FieldValue;
      items[p.index] = item;
      return { ...d, groups: { ...d.groups, [p.group]: items } };
    }
    case 'group':
      return { ...d, groups: { ...d.groups, [p.group]: value as GroupItem[] } };
    case 'size': {
      const items = [...(d.groups[p.group] ?? [])];
      const size = Math.min(Number(value) || 0, MAX_GROUP_ITEMS);
      while (items.length < size) items.push({});
      return { ...d, groups: { ...d.groups, [p.group]: items } };
    }
    case 'file': {
      const at = d.attachments.findIndex((a) => a.id === p.id);
      const attachments = [...d.attachments];
      if (value === null) {
        if (at >= 0) attachments.splice(at, 1);
      } else if (at >= 0) attachments[at] = value as AttachmentMeta;
      else attachments.push(value as AttachmentMeta);
      return { ...d, attachments };
    }
  }
}

/** Structural equality of JSON-like values (what dossiers hold). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** The catalogue path a slot shows in the editor (`fiche.blocs[2].libelle`, `name`…). */
export function slotPath(slot: string, d?: Dossier): string {
  const p = parseSlot(slot);
  if (!p) return slot;
  if (p.kind === 'meta') return p.key;
  if (p.kind === 'value') return p.fieldId;
  if (p.kind === 'cell') return `${p.group}[${p.index}].${p.key}`;
  if (p.kind === 'group' || p.kind === 'size') return p.group;
  return d?.attachments.find((a) => a.id === p.id)?.fieldId ?? slot;
}
