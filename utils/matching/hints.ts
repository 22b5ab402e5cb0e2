import { textByIds } from './aria-refs';
import { isHint, textOf } from './text';

/**
 * Hint texts of a control: `aria-describedby`, hint spans inside its labels, and hint or counter
 * blocks right next to it (DSFR `.fr-hint-text`, « 0 / 3000 caractères », « 120 caractères restants »).
 */

const COUNTER = /caract[eè]res?|signes|\d\s*\/\s*\d/i;

function nearby(anchor: Element, holders: WeakSet<Element>, out: string[]): void {
  for (let level = 0, node: Element | null = anchor; node && level < 2; level++, node = node.parentElement) {
    let n = 0;
    for (let s = node.nextElementSibling; s && n < 4; s = s.nextElementSibling, n++) {
      if (holders.has(s) || s.tagName === 'LABEL') break;
      if (isHint(s)) out.push(textOf(s, false));
      else if (!s.firstElementChild || s.childElementCount < 3) {
        const t = textOf(s, false);
        if (t.length < 80 && COUNTER.test(t)) out.push(t);
      }
    }
    n = 0;
    for (let s = node.previousElementSibling; s && n < 4; s = s.previousElementSibling, n++) {
      if (holders.has(s)) break;
      if (isHint(s)) out.push(textOf(s, false));
    }
  }
}

export function hintTexts(
  control: Element,
  anchor: Element,
  labelHints: readonly string[],
  holders: WeakSet<Element>,
): string[] {
  const out: string[] = [];
  const described = textByIds(control, 'aria-describedby', false);
  if (described) out.push(described);
  for (const inside of labelHints) if (inside) out.push(inside);
  nearby(anchor, holders, out);
  return [...new Set(out.map((t) => t.trim()).filter(Boolean))];
}
