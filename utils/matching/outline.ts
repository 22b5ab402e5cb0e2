import { normalizeFr } from './normalize';
import { titleText } from './text';

/**
 * Headings as the walk meets them: level, text, and the sectioning element they title. A heading
 * inside a `section` (a bloc's card) no longer applies once the walk has left that section.
 */

export interface Heading {
  level: number;
  text: string;
  norm: string;
  /** Nearest sectioning ancestor (section, fieldset, region…): the heading titles only its content. */
  scope: Element | null;
}

const SECTIONING = /^(?:SECTION|ARTICLE|ASIDE|NAV|FIELDSET|DETAILS|DIALOG)$/;
const SECTIONING_ROLES = /^(?:region|tabpanel|group|dialog|article)$/;

function sectionOf(el: Element): Element | null {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (SECTIONING.test(a.tagName)) return a;
    const role = a.getAttribute('role');
    if (role && SECTIONING_ROLES.test(role)) return a;
  }
  return null;
}

/** Whether `scope` holds `el`, across shadow roots (the browser's `contains` within each tree). */
export function holds(scope: Element, el: Element): boolean {
  if (scope.contains(el)) return true;
  for (let root = el.getRootNode(); root.nodeType === 11; ) {
    const host = (root as ShadowRoot).host;
    if (!host) return false;
    if (scope.contains(host)) return true;
    root = host.getRootNode();
  }
  return false;
}

/** Elements found with one native query per root instead of an attribute read per element. */
export interface Marks {
  editable: Set<Element>;
  ours: Set<Element>;
  headings: Set<Element>;
}

export function marksOf(node: ParentNode): Marks {
  return {
    editable: new Set(node.querySelectorAll('[contenteditable]')),
    ours: new Set(node.querySelectorAll('[data-certifill-ui]')),
    headings: new Set(node.querySelectorAll('[role=heading]')),
  };
}

/** 1–6 for `h1`…`h6` and `role=heading` (aria-level, default 2), 0 otherwise. */
export function headingLevel(el: Element, tag: string, marks: Marks): number {
  if (tag.length === 2 && tag[0] === 'H') return Number(tag[1]) || 0;
  return marks.headings.size && marks.headings.has(el) ? Number(el.getAttribute('aria-level')) || 2 : 0;
}

/** A heading met by the walk: its text once, and the section it titles. */
export function headingOf(el: Element, level: number): Heading {
  const text = titleText(el);
  return { level, text, norm: normalizeFr(text), scope: sectionOf(el) };
}
