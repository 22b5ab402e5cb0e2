import { type CatalogueField, getEnum } from '../catalogue';
import { codeRuleOf, type FormatContext, ITEM_NAMES } from './field-formats';
import type { FormatIssue } from './formats';

/** Items of a list value; a list typed as text is split on commas, semicolons and line breaks. */
export function listItems(v: string | string[]): string[] {
  const raw = Array.isArray(v) ? v : v.split(/[,;\n]+/);
  return raw.map((x) => x.trim()).filter((x) => x !== '');
}

/** Format of each item, how many items, and duplicates. */
export function listIssues(
  field: CatalogueField,
  v: string | string[],
  ctx: FormatContext = {},
): FormatIssue[] {
  const items = listItems(v);
  const out: FormatIssue[] = [];
  const rule = codeRuleOf(field, ctx);
  if (rule)
    for (const item of items) {
      const i = rule(item);
      if (i) out.push(i);
    }
  const max = getEnum(field.enumRef)?.maxItems;
  const [one, many] = (field.enumRef && ITEM_NAMES[field.enumRef]) || ['élément', 'éléments'];
  if (max !== undefined && items.length > max) {
    out.push({
      code: 'too-many',
      message: `${items.length} ${many} saisis : ${max} au maximum.`,
    });
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item))
      out.push({ code: 'duplicate', message: `${cap(one)} en double : ${item}.`, severity: 'warning' });
    seen.add(item);
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
