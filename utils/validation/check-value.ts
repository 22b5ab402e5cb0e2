import { type CatalogueField, getEnum, getField } from '../catalogue';
import { isFilled } from '../dossier/paths';
import { visibleText as richVisibleText } from '../richtext/core';
import { countCharacters } from './count';
import { caracteres, formatCount } from './counter-text';
import { type FormatContext, scalarFormatIssue } from './field-formats';
import type { FormatIssue } from './formats';
import { listIssues } from './list-rules';
import type { CheckValueOptions, FieldValue, Problem } from './types';

/** The text a person sees in the field: formatted text as its editor shows it, list items one per line. */
export function visibleText(field: CatalogueField | undefined, value: FieldValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'number') return String(value);
  return field?.kind === 'textarea' ? richVisibleText(value) : value;
}

export function lengthMessage(over: number, limit: number, source?: string): string {
  return `${caracteres(over)} en trop (limite : ${formatCount(limit)}${source ? `, ${source}` : ''})`;
}

/** Problems of one field's value: required, length, format, list counts. */
export function checkValue(fieldId: string, value: FieldValue, opts: CheckValueOptions = {}): Problem[] {
  const field = getField(fieldId);
  const path = opts.path ?? fieldId;
  const problem = (i: FormatIssue): Problem => ({
    path,
    fieldId,
    severity: i.severity ?? 'error',
    code: i.code,
    message: i.message,
  });
  const text = opts.plainText && typeof value === 'string' ? value : visibleText(field, value);
  const filled = typeof value === 'string' ? text.trim() !== '' : isFilled(value);
  const required = opts.required ?? field?.required.kind === 'always';
  if (!filled) {
    if (!required) return [];
    const because = opts.requiredBecause ? ` car ${opts.requiredBecause}` : '';
    return [problem({ code: 'required', message: `Ce champ est obligatoire${because}.` })];
  }
  const issues: FormatIssue[] = [];
  if (field && value !== null)
    issues.push(...formatIssues(field, value, opts.today ?? new Date(), { requestKind: opts.requestKind }));
  const limit = opts.limit === undefined ? (field?.maxLength ?? null) : opts.limit;
  if (limit !== null && issues.length === 0) {
    const count = opts.count ?? countCharacters(text);
    if (count > limit)
      issues.push({ code: 'too-long', message: lengthMessage(count - limit, limit, opts.limitSource) });
  }
  return issues.map(problem);
}

function formatIssues(
  field: CatalogueField,
  value: string | number | string[],
  today: Date,
  ctx: FormatContext,
): FormatIssue[] {
  if (field.kind === 'multiselect')
    return listIssues(field, typeof value === 'number' ? String(value) : value, ctx);
  if (Array.isArray(value)) return [];
  if (field.kind === 'select') return enumIssue(field, String(value));
  const i = scalarFormatIssue(field, value, today, ctx);
  return i ? [i] : [];
}

/** A select's value must be one the platform offers (by code or label). Unknown → warning. */
function enumIssue(field: CatalogueField, v: string): FormatIssue[] {
  const values = getEnum(field.enumRef)?.values ?? [];
  if (values.length === 0 || values.some((o) => o.code === v || o.label === v)) return [];
  return [
    {
      code: 'enum-unknown',
      severity: 'warning',
      message: `Valeur inattendue : « ${v} ». Choix possibles : ${values.map((o) => o.label).join(', ')}.`,
    },
  ];
}
