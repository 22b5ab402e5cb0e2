import { findElement, textOf, type WalkElement } from './walk-node';

/**
 * Word's clipboard HTML has no `ul`/`ol`: each item is a paragraph styled `mso-list: l0 level2
 * lfo1`, its bullet or number typed in a span marked `mso-list: Ignore`.
 */
const LIST_STYLE = /mso-list\s*:\s*(?!ignore)[^;"']*level\d/i;

export function isWordListParagraph(el: WalkElement): boolean {
  return /^(p|h[1-6]|div)$/i.test(el.localName) && LIST_STYLE.test(el.getAttribute('style') ?? '');
}

export const isWordMarker = (el: WalkElement) =>
  /mso-list\s*:\s*ignore/i.test(el.getAttribute('style') ?? '');

/** Numbers, letters or roman numerals followed by « . » or « ) »: an ordered item. */
const NUMBERED = /^\(?([0-9]{1,3}|[a-z]|[ivxlcdm]{1,6})[.)]$/i;

export function wordListEntry(el: WalkElement): { level: number; ordered: boolean } {
  const style = el.getAttribute('style') ?? '';
  const level = Math.max(0, Number(/level(\d+)/i.exec(style)?.[1] ?? 1) - 1);
  const marker = findElement(el, isWordMarker);
  const text = marker ? textOf(marker).replace(/[\s\u00a0]+/g, '') : '';
  return { level, ordered: NUMBERED.test(text) };
}
