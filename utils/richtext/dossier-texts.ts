import { getField } from '../catalogue';
import type { FieldValue, GroupItem } from '../dossier/model';
import { isRichHtml, richFromPlain } from './core';
import { fieldTakesLinks } from './field-links';
import { sanitizeRich } from './sanitize';

/**
 * A value of a `textarea` field in the stored form: older plain text becomes formatted text
 * (« - » lines a list), HTML is sanitized to the subset. Other fields' values are left as they are.
 */
export function richDossierValue(fieldId: string, value: FieldValue): FieldValue {
  if (typeof value !== 'string' || getField(fieldId)?.kind !== 'textarea') return value;
  if (value.trim() === '') return null;
  return isRichHtml(value) ? sanitizeRich(value, { links: fieldTakesLinks(fieldId) }) : richFromPlain(value);
}

interface WithTexts {
  values: Record<string, FieldValue>;
  groups: Record<string, GroupItem[]>;
}

/** Every textarea value of a dossier in the stored form (schema upgrade, import of older files). */
export function withRichTexts<D extends WithTexts>(d: D): D {
  const values = Object.fromEntries(
    Object.entries(d.values ?? {}).map(([id, v]) => [id, richDossierValue(id, v)]),
  );
  const groups = Object.fromEntries(
    Object.entries(d.groups ?? {}).map(([groupId, items]) => [
      groupId,
      items.map((item) =>
        Object.fromEntries(
          Object.entries(item).map(([key, v]) => [key, richDossierValue(`${groupId}[].${key}`, v)]),
        ),
      ),
    ]),
  );
  return { ...d, values, groups };
}
