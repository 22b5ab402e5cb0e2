import { type ControlKind, controlKindOf, isEditorChrome, isHiddenControl } from './controls';
import { type Heading, headingLevel, headingOf, type Marks, marksOf } from './outline';

/**
 * One walk over a root in document order, descending into open shadow roots and same-origin
 * iframes (depth ≤ 4). Collects controls, labels and the heading outline seen before each control;
 * never reads layout.
 */

export const MAX_DEPTH = 4;

/** A document, shadow root or frame the walk went through: ids and labels resolve inside it. */
export interface RootScope {
  node: Document | ShadowRoot | Element;
  /** Shadow host or iframe element through which the walk entered; null at the top. */
  host: Element | null;
  parent: RootScope | null;
  labels: HTMLLabelElement[];
  controls: Set<Element>;
}

export interface Collected {
  element: HTMLElement;
  kind: ControlKind;
  scope: RootScope;
  /** Headings in force at the control, outermost first (shared between controls). */
  outline: readonly Heading[];
  /** Table cell (`td`/`th`) a few levels above the control, if any. */
  cell: Element | null;
}

export interface Walk {
  controls: Collected[];
  scopes: RootScope[];
  /** Every ancestor of a control (across roots): « does this block hold a field? » in O(1). */
  holders: WeakSet<Element>;
  /** Hidden textarea/input → its next sibling (editors like TinyMCE/CKEditor replace it). */
  backing: Map<Element, Element>;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD', 'OPTION', 'DATALIST']);
const CELL_HOPS = 5;

function scopeOf(node: RootScope['node'], host: Element | null, parent: RootScope | null): RootScope {
  return { node, host, parent, labels: [], controls: new Set() };
}

export function walkRoot(root: Document | ShadowRoot | Element): Walk {
  const walk: Walk = { controls: [], scopes: [], holders: new WeakSet(), backing: new Map() };
  let outline: readonly Heading[] = [];

  const markHolders = (el: Element, scope: RootScope) => {
    let a: Node | null = el.parentNode;
    for (let s: RootScope | null = scope; s; s = s.parent) {
      for (; a && a.nodeType === 1; a = a.parentNode) {
        if (walk.holders.has(a as Element)) return;
        walk.holders.add(a as Element);
      }
      a = s.host;
    }
  };

  const marks = new Map<RootScope, Marks>();
  const enter = (node: RootScope['node'], host: Element | null, parent: RootScope | null): RootScope => {
    const scope = scopeOf(node, host, parent);
    walk.scopes.push(scope);
    marks.set(scope, marksOf(node));
    return scope;
  };

  const visit = (
    el: Element,
    scope: RootScope,
    m: Marks,
    depth: number,
    cell: Element | null,
    hops: number,
  ): void => {
    const tag = el.tagName;
    if (SKIP.has(tag) || (m.ours.size && m.ours.has(el))) return;
    const level = headingLevel(el, tag, m);
    if (level) {
      outline = [...outline.filter((h) => h.level < level), headingOf(el, level)];
      return;
    }
    if (tag === 'LABEL') scope.labels.push(el as HTMLLabelElement);
    const kind =
      tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (m.editable.size && m.editable.has(el))
        ? controlKindOf(el)
        : null;
    if (kind) {
      if (isHiddenControl(el) || isEditorChrome(el)) {
        if (kind === 'textarea' || kind === 'text') {
          const next = el.nextElementSibling;
          if (next) walk.backing.set(next, el);
        }
      } else {
        walk.controls.push({
          element: el as HTMLElement,
          kind,
          scope,
          outline,
          cell: hops <= CELL_HOPS ? cell : null,
        });
        scope.controls.add(el);
        markHolders(el, scope);
      }
      return;
    }
    if (tag === 'IFRAME' && depth < MAX_DEPTH) {
      let doc: Document | null = null;
      try {
        doc = (el as HTMLIFrameElement).contentDocument;
      } catch {
        doc = null;
      }
      if (doc?.body) {
        const inner = enter(doc, el, scope);
        visit(doc.body, inner, marks.get(inner) as Marks, depth + 1, null, CELL_HOPS + 1);
      }
      return;
    }
    const isCell = tag === 'TD' || tag === 'TH';
    const nextCell = isCell ? el : tag === 'TABLE' ? null : cell;
    const nextHops = isCell ? 1 : hops + 1;
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow && depth < MAX_DEPTH) {
      const inner = enter(shadow, el, scope);
      const innerMarks = marks.get(inner) as Marks;
      for (let c = shadow.firstElementChild; c; c = c.nextElementSibling)
        visit(c, inner, innerMarks, depth + 1, nextCell, nextHops);
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling)
      visit(c, scope, m, depth, nextCell, nextHops);
  };

  const top = enter(root, null, null);
  const topMarks = marks.get(top) as Marks;
  const start = root.nodeType === 9 ? (root as Document).documentElement : root;
  if (start && start.nodeType === 1) visit(start as Element, top, topMarks, 0, null, CELL_HOPS + 1);
  else
    for (let c = (root as ShadowRoot).firstElementChild; c; c = c.nextElementSibling)
      visit(c, top, topMarks, 0, null, CELL_HOPS + 1);
  return walk;
}
