import type { RecognisedField } from '@/utils/matching/types';
import { plainTextOfHtml } from '@/utils/validation';

/** Controls whose text the checks count. */
export const TEXT_CONTROLS = new Set<RecognisedField['control']>(['text', 'textarea', 'richtext']);

// Tag names, not `instanceof`: a control inside a same-origin frame has that frame's classes.
const isTag = <K extends keyof HTMLElementTagNameMap>(el: Element, tag: K): el is HTMLElementTagNameMap[K] =>
  el.localName === tag;

/** The value of an input, textarea or select; null for anything else. */
export function controlValue(el: Element): string | null {
  if (isTag(el, 'input') || isTag(el, 'textarea') || isTag(el, 'select')) return el.value;
  return null;
}

/**
 * The text a person sees in the control. No layout is read: a rich-text editor's text comes from
 * its HTML (innerText would force a layout on every keystroke).
 */
export function readText(f: Pick<RecognisedField, 'element' | 'control'>): string {
  const el = f.element;
  if (f.control === 'richtext') return plainTextOfHtml(el.innerHTML);
  return controlValue(el) ?? el.textContent ?? '';
}

/** The chosen value of a select or radio group, as value and as visible text. */
export function readChoice(f: Pick<RecognisedField, 'element' | 'radios'>): string[] {
  const el = f.element;
  if (isTag(el, 'select')) {
    // Not `selectedOptions`: happy-dom keeps a stale list, and selectedIndex is as cheap.
    const o = el.selectedIndex >= 0 ? el.options[el.selectedIndex] : undefined;
    return o && o.value !== '' ? [o.value, o.text.trim()] : [];
  }
  const checked = (f.radios ?? [el]).find((r) => isTag(r, 'input') && r.checked) as
    | HTMLInputElement
    | undefined;
  if (!checked) return [];
  return [checked.value, checked.labels?.[0]?.textContent?.trim() ?? ''];
}
