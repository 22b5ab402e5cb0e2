import { MAX_REQUEST_TEXT } from '@/utils/messaging/complements-messenger';
import type { PageRequest } from '@/utils/messaging/complements-protocol';
import { blockLines, isHidden } from './block-text';

/** Titles of an instructor's request for additions on Certif Pro (messages, tabs, notices). */
const TITLE =
  /demande\s+de\s+compl[ée]ments?|[ée]l[ée]ments?\s+compl[ée]mentaires|compl[ée]ments?\s+(demand|d[’']informations?)|(informations?|pi[èe]ces?)\s+compl[ée]mentaires?\s+demand/i;

const HEADINGS =
  'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption, summary, dt, .fr-card__title, .fr-accordion__title';

/** E-mail header lines of a message (« De : … », « Envoyé le … »): not part of the request. */
const HEADER_LINE = /^(de|from|à|to|cc|objet|sujet|date|envoy[ée]e?\s+le|re[çc]ue?\s+le)\s*:/i;

function rank(el: Element): number {
  const m = /^H([1-6])$/.exec(el.tagName.toUpperCase());
  if (m) return Number(m[1]);
  const level = Number(el.getAttribute('aria-level'));
  return Number.isInteger(level) && level > 0 ? level : 7;
}

/** Whether `el` starts another part of the page at `level` or above (a heading, or a block opening with one). */
function endsRegion(el: Element, level: number): boolean {
  const tag = el.tagName.toUpperCase();
  if (/^H[1-6]$/.test(tag) || el.getAttribute('role') === 'heading') return rank(el) <= level;
  if (tag === 'DT') return true;
  const first = el.firstElementChild;
  return first !== null && /^H[1-6]$/.test(first.tagName.toUpperCase()) && rank(first) <= level;
}

/** The nodes after `anchor` up to the next heading of the same level (text nodes included). */
function following(anchor: Element, level: number): Node[] {
  const out: Node[] = [];
  for (let n = anchor.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && endsRegion(n as Element, level)) break;
    out.push(n);
  }
  return out;
}

const textOf = (nodes: readonly Node[]) =>
  nodes
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();

/** The content a title introduces: its following siblings, or those of its wrapper when it has none. */
function regionOf(heading: Element): Node[] {
  const level = rank(heading);
  let anchor: Element = heading;
  for (let depth = 0; depth < 4; depth++) {
    const nodes = following(anchor, level);
    if (textOf(nodes).length > 0) return nodes;
    const parent = anchor.parentElement;
    if (!parent || parent === anchor.ownerDocument.body) break;
    anchor = parent;
  }
  return [];
}

interface Candidate {
  h: Element;
  heading: string;
  nodes: Node[];
}

function largest(candidates: readonly Candidate[]): { heading: string; lines: string[] } | null {
  let best: { heading: string; lines: string[]; size: number } | null = null;
  for (const c of candidates) {
    const lines = blockLines(c.nodes).filter((l) => !HEADER_LINE.test(l));
    const size = lines.join('').length;
    if (size > 0 && (!best || size > best.size)) best = { heading: c.heading, lines, size };
  }
  return best;
}

function requestIn(doc: Document): PageRequest | null {
  const candidates: Candidate[] = Array.from(doc.querySelectorAll(HEADINGS))
    .map((h) => ({ h, heading: (h.textContent ?? '').replace(/\s+/g, ' ').trim() }))
    .filter((c) => TITLE.test(c.heading) && !isHidden(c.h))
    .map((c) => ({ ...c, nodes: regionOf(c.h) }));
  // A tab or page title whose content holds a more precise title (the message's own) gives way to it.
  const precise = candidates.filter(
    (c) => !candidates.some((o) => o !== c && c.nodes.some((n) => n === o.h || n.contains(o.h))),
  );
  const best = largest(precise) ?? largest(candidates);
  if (!best) return null;
  let text = best.lines.join('\n');
  const truncated = text.length > MAX_REQUEST_TEXT;
  if (truncated) text = text.slice(0, MAX_REQUEST_TEXT);
  return { heading: best.heading.slice(0, 1_000), text, truncated };
}

/** The request for additions shown in the document (or in one of its same-origin frames), or null. */
export function findRequest(doc: Document = document): PageRequest | null {
  const found = requestIn(doc);
  if (found) return found;
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    try {
      const inner = frame.contentDocument;
      const request = inner ? requestIn(inner) : null;
      if (request) return request;
    } catch {
      // A cross-origin frame: not readable from here.
    }
  }
  return null;
}
