import { getEnum, getField } from '../catalogue';
import { foldOption } from './normalise';

/**
 * Codes in the words a page shows for a chosen item or an option (« M1805 — Études et
 * développement informatique », « 31006 Sécurité informatique », « × M1805 »).
 */

/** The shape of one code of this field, from its enum (`^[A-N]\d{4}$`), unanchored. */
function codeShape(fieldId: string | null): RegExp | null {
  const pattern = getEnum(getField(fieldId ?? '')?.enumRef ?? null)?.pattern;
  if (!pattern) return null;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(${pattern.replace(/^\^|\$$/g, '')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The first code of the field's shape in a text; without a shape, the text's first word. */
export function codeIn(fieldId: string | null, text: string): string | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  const shape = codeShape(fieldId);
  if (shape) return shape.exec(clean)?.[1]?.toUpperCase() ?? null;
  return clean.split(/\s+[—–-]\s+|\s+/)[0] ?? null;
}

/** Whether an option's words stand for this code: the code itself, as a whole word. */
export function optionIsCode(text: string, code: string): boolean {
  const words = foldOption(text);
  const wanted = foldOption(code);
  if (!wanted) return false;
  const at = words.indexOf(wanted);
  if (at < 0) return false;
  const before = words.slice(at - 1, at);
  const after = words.slice(at + wanted.length, at + wanted.length + 1);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** The same code however it is written (case, spaces). */
export const sameCode = (a: string, b: string): boolean =>
  foldOption(a).replace(/\s+/g, '') === foldOption(b).replace(/\s+/g, '');
