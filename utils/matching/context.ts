import { textByIds } from './aria-refs';
import { controlKindOf } from './controls';
import { isMeaningful, normalizeFr } from './normalize';
import { isHint, textOf, titleText } from './text';

/** Text around a control: referenced ids, preceding text, enclosing legends and titled containers. */

const STOP = new Set(['FORM', 'FIELDSET', 'TD', 'TH', 'TR', 'TABLE', 'BODY', 'MAIN', 'DIALOG', 'LI']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'IMG', 'BR', 'HR', 'svg', 'SVG']);
const TITLE_CLASS = /title|titre|heading|header|legend|caption/i;
const ROLES_WITH_NAME = /^(?:group|region|radiogroup|tabpanel|dialog|form|list|listitem|row)$/;

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

export type ContainerSource = 'legend' | 'group' | 'title';

export interface ContainerText {
  text: string;
  source: ContainerSource;
  container: Element;
}

function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const p = el.parentNode;
  return p && p.nodeType === 11 ? (p as ShadowRoot).host : null;
}

function titleChild(a: Element, holders: WeakSet<Element>): Element | null {
  const first = a.firstElementChild;
  if (!first || holders.has(first) || first.tagName === 'LABEL' || controlKindOf(first)) return null;
  const tag = first.tagName;
  if (/^H[1-6]$/.test(tag) || tag === 'CAPTION' || tag === 'SUMMARY' || /TITLE|HEADER/.test(tag))
    return first;
  const cls = first.getAttribute('class');
  return cls && TITLE_CLASS.test(cls) ? first : null;
}

interface OwnTexts {
  texts: ContainerText[];
  title: Element | null;
}

/**
 * Per-scan cache: the texts an ancestor contributes (`own`), and what the ancestors above an element
 * contribute within n levels (`above`, by element then n): controls of one bloc share their chain.
 */
export interface ContainerCache {
  own: Map<Element, OwnTexts>;
  above: Map<Element, Map<number, readonly ContainerText[]>>;
}

export function containerCache(): ContainerCache {
  return { own: new Map(), above: new Map() };
}

function ownTexts(a: Element, holders: WeakSet<Element>): OwnTexts {
  const texts: ContainerText[] = [];
  const push = (text: string, source: ContainerSource) => {
    if (text && isMeaningful(normalizeFr(text))) texts.push({ text, source, container: a });
  };
  if (a.tagName === 'FIELDSET') {
    const legend = a.querySelector(':scope > legend');
    if (legend) push(titleText(legend), 'legend');
  }
  const role = a.getAttribute('role') ?? '';
  if (a.hasAttribute('aria-labelledby')) push(textByIds(a, 'aria-labelledby'), 'group');
  else if (
    a.hasAttribute('aria-label') &&
    (ROLES_WITH_NAME.test(role) || /^(SECTION|FORM|FIELDSET)$/.test(a.tagName))
  )
    push(a.getAttribute('aria-label') ?? '', 'group');
  // A definition list: the term (`dt`) names what its description (`dd`) holds.
  if (a.tagName === 'DD') {
    let dt = a.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (dt) push(titleText(dt), 'title');
  }
  const title = a.tagName === 'FIELDSET' ? null : titleChild(a, holders);
  if (title) push(titleText(title), 'title');
  return { texts, title };
}

/** What the ancestors of `from` contribute within `levels` levels (up to a body or form), nearest first. */
function above(
  from: Element,
  levels: number,
  holders: WeakSet<Element>,
  cache: ContainerCache,
): readonly ContainerText[] {
  const a = levels > 0 ? parentAcross(from) : null;
  if (!a) return [];
  let byLevels = cache.above.get(from);
  const known = byLevels?.get(levels);
  if (known) return known;
  let own = cache.own.get(a);
  if (!own) {
    own = ownTexts(a, holders);
    cache.own.set(a, own);
  }
  const title = own.title;
  const out = own.texts.filter(
    (t) => !(t.source === 'title' && title && (title === from || title.contains(from))),
  );
  if (a.tagName !== 'BODY' && a.tagName !== 'FORM') out.push(...above(a, levels - 1, holders, cache));
  if (!byLevels) {
    byLevels = new Map();
    cache.above.set(from, byLevels);
  }
  byLevels.set(levels, out);
  return out;
}

/** Legends, named groups and titled containers around a control (16 levels at most), nearest first. */
export function containerTexts(
  el: Element,
  holders: WeakSet<Element>,
  cache: ContainerCache,
): ContainerText[] {
  return [...above(el, 16, holders, cache)];
}
