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

/** Texts of the hint elements under `node` (nested hints too), in document order. */
function hintsBelow(node: Element, hints: string[]): void {
  for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
    if (isHint(el)) hints.push(textOf(el, false));
    hintsBelow(el, hints);
  }
}

/** Appends the text of `node`'s children to `out`; with `hints`, also gathers every hint's text. */
function collect(
  node: Node,
  skipHints: boolean,
  buttons: boolean,
  out: string[],
  budget: { left: number },
  hints: string[] | null = null,
): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (budget.left <= 0) {
      if (!hints) return;
      if (child.nodeType === 1) {
        if (isHint(child as Element)) hints.push(textOf(child as Element, false));
        hintsBelow(child as Element, hints);
      }
    } else if (child.nodeType === 3) {
      const data = (child as Text).data;
      out.push(data);
      budget.left -= data.length;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (
        (SKIPPED.has(el.tagName) && !(buttons && el.tagName === 'BUTTON')) ||
        el.hasAttribute('data-certifill-ui') ||
        el.getAttribute('contenteditable') === 'true'
      ) {
        if (hints) {
          if (isHint(el)) hints.push(textOf(el, false));
          hintsBelow(el, hints);
        }
        continue;
      }
      if (skipHints && isHint(el)) {
        if (hints) {
          hints.push(textOf(el, false));
          hintsBelow(el, hints);
        }
        continue;
      }
      out.push(' ');
      collect(el, skipHints, buttons, out, budget, hints);
      out.push(' ');
    }
  }
}

/**
 * Texts read during one scan, per node and way of reading: a heading, a legend or a block of text
 * before several controls is read once. Only inside `readingOnce`, while the DOM cannot change.
 */
let cache: [Map<Node, string>, Map<Node, string>, Map<Node, string>] | null = null;

/** Runs `fn` with node texts cached (a scan is synchronous: the page cannot change meanwhile). */
export function readingOnce<T>(fn: () => T): T {
  if (cache) return fn();
  cache = [new Map(), new Map(), new Map()];
  try {
    return fn();
  } finally {
    cache = null;
  }
}

function read(node: Node, skipHints: boolean, buttons: boolean, way: 0 | 1 | 2): string {
  const known = cache?.[way].get(node);
  if (known !== undefined) return known;
  const out: string[] = [];
  collect(node, skipHints, buttons, out, { left: MAX });
  const text = out.join('').replace(/\s+/g, ' ').trim().slice(0, MAX);
  cache?.[way].set(node, text);
  return text;
}

/** Text of a node, whitespace collapsed. */
export function textOf(node: Node, skipHints = true): string {
  return skipHints ? read(node, true, false, 0) : read(node, false, false, 1);
}

/** Text of a heading, legend or header cell: buttons kept (DSFR accordions title with a button). */
export function titleText(node: Node): string {
  return read(node, true, true, 2);
}

/** A label's text without its hints, and its hints' text (`.fr-hint-text` spans): one walk. */
export interface LabelText {
  text: string;
  hints: string;
}

export function labelText(label: Element): LabelText {
  const out: string[] = [];
  const hints: string[] = [];
  collect(label, true, false, out, { left: MAX }, hints);
  return {
    text: out.join('').replace(/\s+/g, ' ').trim().slice(0, MAX),
    hints: hints.join(' ').trim(),
  };
}
