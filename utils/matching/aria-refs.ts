import { textOf } from './text';

/** IDREF attributes (`aria-labelledby`, `aria-describedby`), resolved in the control's own root. */

/** Element whose ids resolve for `el` (its document or shadow root). */
export function byIdNear(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/** The elements an IDREF list points at (`aria-labelledby`, `aria-describedby`), with their texts. */
export function refsByIds(el: Element, attr: string, skipHints = true): { text: string; target: Element }[] {
  const ids = el.getAttribute(attr);
  if (!ids) return [];
  const parts: { text: string; target: Element }[] = [];
  for (const id of ids.split(/\s+/)) {
    const target = id ? byIdNear(el, id) : null;
    if (!target) continue;
    const text = target === el ? (el.getAttribute('aria-label') ?? '') : textOf(target, skipHints);
    if (text) parts.push({ text, target });
  }
  return parts;
}

/** Texts of the elements an IDREF list points at. */
export function textsByIds(el: Element, attr: string, skipHints = true): string[] {
  return refsByIds(el, attr, skipHints).map((r) => r.text);
}

/** A heading, legend or caption: pointed at by `aria-labelledby`, it titles a section, not a field. */
export function isTitleElement(el: Element): boolean {
  return /^(?:H[1-6]|LEGEND|CAPTION)$/.test(el.tagName) || el.getAttribute('role') === 'heading';
}

/** Joined text of the elements an IDREF list points at. */
export function textByIds(el: Element, attr: string, skipHints = true): string {
  return textsByIds(el, attr, skipHints).join(' ').trim();
}
