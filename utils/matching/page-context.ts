import type { Repertoire } from '../catalogue/types';
import { normalizeFr } from './normalize';
import { titleText } from './text';

/** Page-wide facts read once per scan: the repertoire of the request and the active tab/step. */

const RNCP = /\brncp\b|\brncp\d/g;
const RS = /repertoire specifique|\brs\d{2,}|\brs\b/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Texts of the first `max` elements matching any of `selectors`, in document order. One query per
 * selector: Chromium serves a lone tag or class selector by a fast path, a selector list by
 * matching every element against each entry (about ten times slower on a 3 000-element page).
 */
function textsOf(root: ParentNode, selectors: readonly string[], max = 20): string[] {
  const found = new Set<Element>();
  for (const selector of selectors) for (const el of root.querySelectorAll(selector)) found.add(el);
  const els = [...found];
  if (selectors.length > 1)
    els.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return els.slice(0, max).map((el) => titleText(el));
}

/**
 * RNCP or RS, from the page's title and headings (then badges, breadcrumb, current item):
 * « Critère 3° » is `rncp.critere3.*` on an RNCP request and `rs.critere3.*` on an RS one.
 */
export function detectRepertoire(root: Document | ShadowRoot | Element): Repertoire | undefined {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  // Each tier is read only when the ones before it did not decide.
  const tiers = [
    () => [doc?.title ?? '', ...textsOf(root, ['h1'])],
    () => textsOf(root, ['h2', '.fr-badge', '.badge', '.fr-tag', '.fr-breadcrumb__link', '[aria-current]']),
    () => textsOf(root, ['h3', 'h4', 'legend', 'caption']),
  ];
  for (const tier of tiers) {
    const text = normalizeFr(tier().join(' \n '));
    const rncp = count(text, RNCP);
    const rs = count(text, RS);
    if (rncp > rs) return 'RNCP';
    if (rs > rncp) return 'RS';
  }
  return undefined;
}

const CURRENT = [
  '[role=tab][aria-selected=true]',
  '.fr-tabs__tab[aria-selected=true]',
  '.fr-sidemenu__link[aria-current]',
  '.fr-stepper__title',
  'nav [aria-current=page]',
  '[aria-current=step]',
];

/** The tab, step or menu item the page marks as current, or ''. */
export function activeSection(root: Document | ShadowRoot | Element): string {
  for (const selector of CURRENT) {
    const el = root.querySelector(selector);
    if (el) return titleText(el);
  }
  return '';
}
