import { memoTest } from './memo';

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

/** Class lists repeat across a page (`fr-input-group`, `fr-label`): each is tested once. */
const hintClass = memoTest(/(?:^|[\s_-])(?:hint|help|form-text|helper|description)(?:$|[\s_-])|hint-text/i);

/** Hint / help text next to a label: DSFR `.fr-hint-text`, Material `mat-hint`, Bootstrap `.form-text`… */
export function isHint(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'MAT-HINT' || tag === 'MAT-ERROR') return true;
  const cls = el.getAttribute('class');
  return cls !== null && hintClass(cls);
}

/** The text of `el` if it is a hint, then of every hint under it (nested hints too), in document order. */
function hintsAt(el: Element, hints: string[]): void {
  if (isHint(el)) hints.push(textOf(el, false));
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) hintsAt(c, hints);
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
      if (child.nodeType === 1) hintsAt(child as Element, hints);
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
        if (hints) hintsAt(el, hints);
        continue;
      }
      if (skipHints && isHint(el)) {
        if (hints) hintsAt(el, hints);
        continue;
      }
      out.push(' ');
      collect(el, skipHints, buttons, out, budget, hints);
      out.push(' ');
    }
  }
}

/** A label's text without its hints, and its hints' text (`.fr-hint-text` spans): one walk. */
export interface LabelText {
  text: string;
  hints: string;
}

/**
 * What was read during one scan, per node and way of reading: a heading, a legend, a label or a
 * block of text before several controls is read once. Only inside `readingOnce`.
 */
interface Readings {
  plain: Map<Node, string>;
  withHints: Map<Node, string>;
  titles: Map<Node, string>;
  labels: Map<Node, LabelText>;
}
let readings: Readings | null = null;

/** Runs `fn` with node texts cached (a scan is synchronous: the page cannot change meanwhile). */
export function readingOnce<T>(fn: () => T): T {
  if (readings) return fn();
  readings = { plain: new Map(), withHints: new Map(), titles: new Map(), labels: new Map() };
  try {
    return fn();
  } finally {
    readings = null;
  }
}

function cached<T>(cache: Map<Node, T> | undefined, node: Node, read: () => T): T {
  const known = cache?.get(node);
  if (known !== undefined) return known;
  const value = read();
  cache?.set(node, value);
  return value;
}

const collapse = (parts: string[]): string => parts.join('').replace(/\s+/g, ' ').trim().slice(0, MAX);

function read(node: Node, skipHints: boolean, buttons: boolean): string {
  const out: string[] = [];
  collect(node, skipHints, buttons, out, { left: MAX });
  return collapse(out);
}

/** Text of a node, whitespace collapsed. */
export function textOf(node: Node, skipHints = true): string {
  return skipHints
    ? cached(readings?.plain, node, () => read(node, true, false))
    : cached(readings?.withHints, node, () => read(node, false, false));
}

/** Text of a heading, legend or header cell: buttons kept (DSFR accordions title with a button). */
export function titleText(node: Node): string {
  return cached(readings?.titles, node, () => read(node, true, true));
}

export function labelText(label: Element): LabelText {
  return cached(readings?.labels, label, () => {
    const out: string[] = [];
    const hints: string[] = [];
    collect(label, true, false, out, { left: MAX }, hints);
    return { text: collapse(out), hints: hints.join(' ').trim() };
  });
}
