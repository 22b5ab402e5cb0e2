import { controlKindOf } from './controls';
import { isMeaningful, normalizeFr } from './normalize';
import { isHint, textOf } from './text';

/** The text just before a control or a block of controls (Chromium's InferLabelFromPrevious). */

const STOP = new Set(['FORM', 'FIELDSET', 'TD', 'TH', 'TR', 'TABLE', 'BODY', 'MAIN', 'DIALOG', 'LI']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'IMG', 'BR', 'HR', 'svg', 'SVG']);

export interface Preceding {
  text: string;
  /** Found above a container that holds other controls too: context rather than a label. */
  shared: boolean;
}

/** A following sibling (among the next five) holds a field. */
function holdsFieldAfter(node: Element, holders: WeakSet<Element>): boolean {
  let n = 0;
  for (let e = node.nextElementSibling; e && n < 5; e = e.nextElementSibling, n++)
    if (holders.has(e) || controlKindOf(e)) return true;
  return false;
}

/**
 * Chromium's InferLabelFromPrevious, climbing while the control is first in its block. `within`
 * is a radio group's container: the group's own radios do not make the text shared.
 */
export function precedingText(start: Element, holders: WeakSet<Element>, within?: Element): Preceding | null {
  let node: Element = start;
  let shared = false;
  for (let level = 0; level < 4; level++) {
    let seen = 0;
    for (let sib = node.previousSibling; sib && seen < 5; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        const t = (sib as Text).data.trim();
        if (t && isMeaningful(normalizeFr(t))) return { text: t, shared };
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const e = sib as Element;
      seen++;
      if (SKIP.has(e.tagName) || isHint(e) || e.hasAttribute('data-certifill-ui')) continue;
      if (holders.has(e) || controlKindOf(e) || e.tagName === 'LABEL') return null;
      const t = textOf(e);
      if (isMeaningful(normalizeFr(t))) return { text: t.slice(0, 300), shared };
    }
    const parent: Element | null = node.parentElement;
    if (!parent || STOP.has(parent.tagName)) return null;
    // Inside a radio group's own container, the following fields are the group's other radios.
    if (!shared && !(within && within !== node && within.contains(node)))
      shared = holdsFieldAfter(node, holders);
    node = parent;
    if (parent.tagName === 'SECTION') level = 3;
  }
  return null;
}
