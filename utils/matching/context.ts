import { textByIds } from './aria-refs';
import { controlKindOf } from './controls';
import { memoTest } from './memo';
import { isMeaningful, normalizeFr } from './normalize';
import { titleText } from './text';

/** Texts around a control: enclosing legends, named groups and titled containers. */

const TITLE_CLASS = /title|titre|heading|header|legend|caption/i;
const titleClass = memoTest(TITLE_CLASS);
const ROLES_WITH_NAME = /^(?:group|region|radiogroup|tabpanel|dialog|form|list|listitem|row)$/;

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
  if (!first) return null;
  const tag = first.tagName;
  if (tag === 'LABEL' || holders.has(first) || controlKindOf(first)) return null;
  if (/^H[1-6]$/.test(tag) || tag === 'CAPTION' || tag === 'SUMMARY' || /TITLE|HEADER/.test(tag))
    return first;
  const cls = first.getAttribute('class');
  return cls && titleClass(cls) ? first : null;
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
  const tag = a.tagName;
  if (tag === 'FIELDSET') {
    const legend = a.querySelector(':scope > legend');
    if (legend) push(titleText(legend), 'legend');
  }
  if (a.hasAttribute('aria-labelledby')) push(textByIds(a, 'aria-labelledby'), 'group');
  else {
    const label = a.getAttribute('aria-label');
    if (
      label &&
      (ROLES_WITH_NAME.test(a.getAttribute('role') ?? '') || /^(SECTION|FORM|FIELDSET)$/.test(tag))
    )
      push(label, 'group');
  }
  // A definition list: the term (`dt`) names what its description (`dd`) holds.
  if (tag === 'DD') {
    let dt = a.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (dt) push(titleText(dt), 'title');
  }
  const title = tag === 'FIELDSET' ? null : titleChild(a, holders);
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
