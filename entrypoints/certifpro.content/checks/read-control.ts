import type { RecognisedField } from '@/utils/matching/types';
import { plainTextOfHtml } from '@/utils/validation';

/** Controls whose text the checks count. */
export const TEXT_CONTROLS = new Set<RecognisedField['control']>(['text', 'textarea', 'richtext']);

/**
 * The text a person sees in the control. No layout is read: a rich-text editor's text comes from
 * its HTML (innerText would force a layout on every keystroke).
 */
export function readText(f: Pick<RecognisedField, 'element' | 'control'>): string {
  const el = f.element;
  if (f.control === 'richtext') return plainTextOfHtml(el.innerHTML);
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  if (el instanceof HTMLSelectElement) return el.value;
  return el.textContent ?? '';
}

/** The chosen value of a select or radio group, as value and as visible text. */
export function readChoice(f: Pick<RecognisedField, 'element' | 'radios'>): string[] {
  const el = f.element;
  if (el instanceof HTMLSelectElement) {
    const o = el.selectedIndex >= 0 ? el.options[el.selectedIndex] : undefined;
    return o && o.value !== '' ? [o.value, o.text.trim()] : [];
  }
  const checked = (f.radios ?? [el]).find((r) => r instanceof HTMLInputElement && r.checked) as
    | HTMLInputElement
    | undefined;
  if (!checked) return [];
  const text = checked.labels?.[0]?.textContent?.trim() ?? '';
  return [checked.value, text];
}
