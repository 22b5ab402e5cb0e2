import { TOKEN_ATTR } from './protocol';

/** Finds the element marked with this token in the document, open shadow roots and same-origin frames. */
export function findByToken(root: Document | ShadowRoot, token: string, depth = 0): HTMLElement | null {
  const hit = root.querySelector<HTMLElement>(`[${TOKEN_ATTR}="${CSS.escape(token)}"]`);
  if (hit || depth >= 4) return hit;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    let inner: Document | ShadowRoot | null = el.shadowRoot;
    if (!inner && el.tagName === 'IFRAME') {
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
    }
    const found = inner ? findByToken(inner, token, depth + 1) : null;
    if (found) return found;
  }
  return null;
}
