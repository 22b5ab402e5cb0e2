import { isIframe } from './fill/dom-kinds';

/**
 * The roots a scan covers besides the document: open shadow roots and same-origin iframes'
 * documents, at most 4 levels deep (anchors §5.4), never our own UI's shadow root. Walked after a
 * scan, never in the observer.
 */
export function discoverRoots(
  doc: Document,
  depth = 0,
  out: (Document | ShadowRoot)[] = [],
): (Document | ShadowRoot)[] {
  if (depth === 0) out.push(doc);
  if (depth >= 4) return out;
  const visit = (root: Document | ShadowRoot, level: number) => {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n as Element;
      // Our own overlay (badges, summary, live region): its changes must never reach the observer.
      if (el.hasAttribute('data-certifill-ui')) continue;
      if (el.shadowRoot && level < 4) {
        out.push(el.shadowRoot);
        visit(el.shadowRoot, level + 1);
      }
      if (isIframe(el) && level < 4) {
        const inner = sameOriginDocument(el);
        if (inner) {
          out.push(inner);
          visit(inner, level + 1);
        }
      }
    }
  };
  visit(doc, depth);
  return out;
}

export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** In a same-origin child frame, the parent's scan already covers this document. */
export function coveredByParent(win: Window = window): boolean {
  if (win === win.top) return false;
  try {
    return !!win.parent.document;
  } catch {
    return false;
  }
}
