import {
  clippedAway,
  clipsEverything,
  type HiddenReason,
  offPage,
  type Rect,
  tooSmall,
  VISIBLE,
  type Visibility,
} from '@/utils/fill/visibility';
import type { RecognisedField } from '@/utils/matching/types';
import { isInput } from './dom-kinds';

/**
 * Whether the person can see a control: never filled otherwise (issue 16). Reads styles and
 * boxes, so call it when the page is laid out anyway (pre-fill's preview, right before a write).
 * One memo per pass: ancestors shared by many controls are read once.
 */
export type VisibilityMemo = Map<Element, Clip>;
export const newVisibilityMemo = (): VisibilityMemo => new Map();

/** How an ancestor limits what is seen of its content. */
type Clip = { kind: 'none' } | { kind: 'all' } | { kind: 'box'; rect: Rect; scrolls: boolean };

/** The hidden input behind a widget: the widget next to it carries one of these. */
const WIDGET =
  '[role="combobox"], [role="listbox"], [aria-haspopup="listbox"], .select2-container, .choices, .ts-wrapper, .chosen-container';

/** The parent in the flat tree, across shadow roots and same-origin frames. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  if ((root as ShadowRoot).host) return (root as ShadowRoot).host;
  try {
    return el.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

const tabLabel = (panel: Element): string | undefined => {
  const id = panel.getAttribute('aria-labelledby');
  const label = id ? panel.ownerDocument.getElementById(id)?.textContent : panel.getAttribute('aria-label');
  return label?.replace(/\s+/g, ' ').trim() || undefined;
};

const isTabPanel = (el: Element) => el.getAttribute('role') === 'tabpanel';

/** Not rendered at all, or `visibility: hidden`, or transparent: which one, on the element's own document. */
function styleReason(el: Element): HiddenReason | null {
  if (typeof el.checkVisibility !== 'function') return null;
  if (!el.checkVisibility()) return 'masque';
  if (!el.checkVisibility({ visibilityProperty: true })) return 'masque';
  if (!el.checkVisibility({ opacityProperty: true })) return 'transparent';
  return null;
}

/** The attributes and styles of the control and its ancestors, frames included. */
function treeReason(el: Element): Visibility {
  for (let a: Element | null = el; a; a = parentOf(a)) {
    if (a.hasAttribute('inert')) return { visible: false, reason: 'inerte' };
    if (a.getAttribute('aria-hidden') === 'true') return { visible: false, reason: 'aria' };
    if (isTabPanel(a) && (a.hasAttribute('hidden') || styleReason(a) === 'masque'))
      return { visible: false, reason: 'onglet', tab: tabLabel(a) };
    if (a.hasAttribute('hidden')) return { visible: false, reason: 'masque' };
  }
  // checkVisibility walks the ancestors of one document: each frame is checked in its own.
  for (let a: Element | null = el; a; ) {
    const why = styleReason(a);
    if (why) return { visible: false, reason: why };
    try {
      a = a.ownerDocument.defaultView?.frameElement ?? null;
    } catch {
      a = null;
    }
  }
  return VISIBLE;
}

function clipOf(el: Element, memo: VisibilityMemo): Clip {
  const known = memo.get(el);
  if (known) return known;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  let clip: Clip = { kind: 'none' };
  if (style) {
    if (clipsEverything(style.clip ?? '', style.clipPath ?? '')) clip = { kind: 'all' };
    else {
      const ox = style.overflowX || style.overflow;
      const oy = style.overflowY || style.overflow;
      if ((ox && ox !== 'visible') || (oy && oy !== 'visible')) {
        const scrolls = /auto|scroll/.test(`${ox} ${oy}`);
        clip = { kind: 'box', rect: viewportRect(el), scrolls };
      }
    }
  }
  memo.set(el, clip);
  return clip;
}

/** The box in the top document's viewport (same-origin frames add their offsets). */
function viewportRect(el: Element): Rect {
  const r = el.getBoundingClientRect();
  let left = r.left;
  let top = r.top;
  try {
    for (
      let fe = el.ownerDocument.defaultView?.frameElement;
      fe;
      fe = fe.ownerDocument.defaultView?.frameElement
    ) {
      const fr = fe.getBoundingClientRect();
      left += fr.left + fe.clientLeft;
      top += fr.top + fe.clientTop;
    }
  } catch {
    // A cross-origin parent: the offsets stop here.
  }
  return { left, top, width: r.width, height: r.height };
}

/** The box: its size, whether it is on the page, whether an ancestor cuts it away. */
function boxReason(el: Element, memo: VisibilityMemo): HiddenReason | null {
  const own = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (own && clipsEverything(own.clip ?? '', own.clipPath ?? '')) return 'rogne';
  const rect = viewportRect(el);
  if (tooSmall(rect)) return 'sans_taille';
  const top = el.ownerDocument.defaultView?.top ?? window;
  if (offPage(rect, { x: top.scrollX, y: top.scrollY })) return 'hors_page';
  for (let a = parentOf(el); a; a = parentOf(a)) {
    if (a.localName === 'body' || a.localName === 'html') continue;
    const clip = clipOf(a, memo);
    if (clip.kind === 'all') return 'rogne';
    if (clip.kind !== 'box') continue;
    // A box that scrolls lets the person reach its content, unless it has no room to show any.
    if (clip.scrolls ? tooSmall(clip.rect) : clippedAway(rect, clip.rect)) return 'rogne';
  }
  return null;
}

function elementVisibility(el: Element, memo: VisibilityMemo): Visibility {
  if (!el.isConnected) return { visible: false, reason: 'masque' };
  const tree = treeReason(el);
  if (!tree.visible) return tree;
  const box = boxReason(el, memo);
  return box ? { visible: false, reason: box } : VISIBLE;
}

/** A visible widget of the page next to a hidden control (up to three levels up): the control is its store. */
function behindWidget(el: Element, memo: VisibilityMemo): boolean {
  let scope: Element | null = el.parentElement;
  for (let i = 0; scope && i < 3; i++, scope = scope.parentElement) {
    for (const w of Array.from(scope.querySelectorAll(WIDGET)))
      if (w !== el && !w.contains(el) && elementVisibility(w, memo).visible) return true;
  }
  return false;
}

/** Checkboxes, radios and file inputs are often styled through their label (DSFR's are): the label is what is seen. */
function throughLabel(el: Element, memo: VisibilityMemo): boolean {
  if (!isInput(el) || !/^(checkbox|radio|file)$/.test(el.type)) return false;
  return Array.from(el.labels ?? []).some((l) => elementVisibility(l, memo).visible);
}

/** Whether the person sees the control (a radio group: any of its radios). */
export function visibilityOf(f: RecognisedField, memo: VisibilityMemo = newVisibilityMemo()): Visibility {
  const els = f.radios?.length ? f.radios : [f.element];
  let first: Visibility = VISIBLE;
  for (const el of els) {
    const v = elementVisibility(el, memo);
    if (v.visible) return v;
    // A zone that is hidden (a tab, inert, aria-hidden) hides its labels too; a control hidden on
    // its own behind a label the person sees (DSFR's radios are transparent) is clicked as the label would be.
    const zone = v.reason === 'onglet' || v.reason === 'inerte' || v.reason === 'aria';
    if (!zone && throughLabel(el, memo)) return VISIBLE;
    if (first.visible) first = v;
  }
  if (!first.visible && first.reason !== 'onglet' && behindWidget(f.element, memo))
    return { visible: false, reason: 'composant' };
  return first;
}
