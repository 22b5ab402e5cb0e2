import { enumOptions, getField, getGroup, splitGroupId } from '../catalogue';
import type { Dossier, FieldValue, GroupItem } from '../dossier/model';
import { plainFromRich } from '../richtext';

/** One dossier field changed since the letter was received: its label and both values as plain text. */
export interface FieldChange {
  /** Catalogue id (`fiche.blocs[].libelle`), to link the change to the remarks naming that field. */
  fieldId: string;
  /** Concrete place (`fiche.blocs[1].libelle`). */
  path: string;
  label: string;
  before: string;
  after: string;
}

/** A value as the user reads it: formatted text as plain text, codes with their labels, lists joined. */
export function readableValue(fieldId: string, value: FieldValue | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const field = getField(fieldId);
  const label = (code: string) => enumOptions(field?.enumRef ?? null).find((o) => o.code === code)?.label;
  if (Array.isArray(value)) return value.map((v) => (label(v) ? `${v} (${label(v)})` : v)).join(', ');
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (field?.kind === 'textarea') return plainFromRich(value).trim();
  return label(value) ?? value;
}

function labelOf(fieldId: string, index: number | null): string {
  const field = getField(fieldId);
  const g = splitGroupId(fieldId);
  const name = field?.shortLabel ?? field?.label ?? fieldId;
  if (!g || index === null) return name;
  return `${getGroup(g.group).itemLabel} n°\u00a0${index + 1} — ${name}`;
}

function push(
  out: FieldChange[],
  fieldId: string,
  index: number | null,
  before: FieldValue | undefined,
  after: FieldValue | undefined,
) {
  const b = readableValue(fieldId, before);
  const a = readableValue(fieldId, after);
  if (b === a) return;
  const path = index === null ? fieldId : fieldId.replace('[]', `[${index}]`);
  out.push({ fieldId, path, label: labelOf(fieldId, index), before: b, after: a });
}

/**
 * The catalogue fields whose value differs between two versions of a dossier, in catalogue order of
 * appearance (values, then groups item by item). Attachments and the dossier's own settings are not fields.
 */
export function fieldChanges(base: Dossier, current: Dossier): FieldChange[] {
  const out: FieldChange[] = [];
  const ids = [...new Set([...Object.keys(base.values), ...Object.keys(current.values)])];
  for (const id of ids) push(out, id, null, base.values[id], current.values[id]);
  const groups = [...new Set([...Object.keys(base.groups), ...Object.keys(current.groups)])];
  for (const group of groups) {
    const before: GroupItem[] = base.groups[group] ?? [];
    const after: GroupItem[] = current.groups[group] ?? [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const b = before[i] ?? {};
      const a = after[i] ?? {};
      for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
        push(out, `${group}[].${key}`, i, b[key], a[key]);
      }
    }
  }
  return out;
}
