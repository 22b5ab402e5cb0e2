/**
 * Visible-ish text of a node without layout reads: walks child nodes, skipping scripts, option
 * lists, nested controls, our own UI and (by default) hint text. Capped like Chromium (1 024).
 */

const MAX = 1024;
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'OPTION',
  'OPTGROUP',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'svg',
  'SVG',
  'IFRAME',
  'DATALIST',
]);

/** Hint / help text next to a label: DSFR `.fr-hint-text`, Material `mat-hint`, Bootstrap `.form-text`… */
export function isHint(el: Element): boolean {
  if (el.tagName === 'MAT-HINT' || el.tagName === 'MAT-ERROR') return true;
  const cls = el.getAttribute('class');
  return (
    cls !== null && /(?:^|[\s_-])(?:hint|help|form-text|helper|description)(?:$|[\s_-])|hint-text/i.test(cls)
  );
}

function collect(
  node: Node,
  skipHints: boolean,
  buttons: boolean,
  out: string[],
  budget: { left: number },
): void {
  for (let child = node.firstChild; child && budget.left > 0; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      out.push(data);
      budget.left -= data.length;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (
        (SKIPPED.has(el.tagName) && !(buttons && el.tagName === 'BUTTON')) ||
        el.hasAttribute('data-certifill-ui')
      )
        continue;
      if (el.getAttribute('contenteditable') === 'true') continue;
      if (skipHints && isHint(el)) continue;
      out.push(' ');
      collect(el, skipHints, buttons, out, budget);
      out.push(' ');
    }
  }
}

/** Text of a node, whitespace collapsed. */
export function textOf(node: Node, skipHints = true): string {
  const out: string[] = [];
  collect(node, skipHints, false, out, { left: MAX });
  return out.join('').replace(/\s+/g, ' ').trim().slice(0, MAX);
}

/** Text of a heading, legend or header cell: buttons kept (DSFR accordions title with a button). */
export function titleText(node: Node): string {
  const out: string[] = [];
  collect(node, true, true, out, { left: MAX });
  return out.join('').replace(/\s+/g, ' ').trim().slice(0, MAX);
}

/** Text of the hint elements inside a node (e.g. the `.fr-hint-text` span of a DSFR label). */
export function hintsInside(node: Element): string {
  const parts: string[] = [];
  // Only elements with a class (or Angular Material's hint tags) can be hints.
  for (const el of node.querySelectorAll('[class], mat-hint, mat-error'))
    if (isHint(el)) parts.push(textOf(el, false));
  return parts.join(' ').trim();
}
