export interface PageEventHandlers {
  /** An `input` or `change` on any element: the handler returns at once for fields it does not check. */
  edited(target: Element): void;
  focusIn(target: Element): void;
  focusOut(target: Element): void;
  /** Something may have moved: badges to place again. */
  moved(): void;
  /** An element inside the page scrolled (not the window: the overlay moves with the page). */
  scrolled(target: Element): void;
  /** The page itself scrolled: other badges come near the viewport. */
  viewport(): void;
  /** The page came back from the back/forward cache. */
  restored(): void;
}

/** The real target, inside the page's open shadow roots too (the path is built only for shadow hosts). */
const targetOf = (e: Event): Element | null => {
  const direct = e.target as Node | null;
  const t = direct && (direct as Element).shadowRoot ? e.composedPath()[0] : direct;
  return t && (t as Node).nodeType === Node.ELEMENT_NODE ? (t as Element) : null;
};

/**
 * The checks' listeners: delegated on the document in the capture phase (the page's own handlers
 * cannot stop them), removed with the content script's signal.
 */
export function listenPage(doc: Document, signal: AbortSignal, h: PageEventHandlers): void {
  const win = doc.defaultView ?? window;
  const listen = { capture: true, signal } as const;
  const on = (type: string, fn: (t: Element) => void) =>
    doc.addEventListener(
      type,
      (e) => {
        const t = targetOf(e);
        if (t) fn(t);
      },
      listen,
    );
  on('input', h.edited);
  on('change', h.edited);
  on('focusin', h.focusIn);
  on('focusout', h.focusOut);
  // The window's own scroll moves the overlay with the page (only which badges are rendered changes);
  // inner scrolling moves fields.
  doc.addEventListener(
    'scroll',
    (e) => {
      const t = targetOf(e);
      if (e.target === doc) h.viewport();
      else if (t) h.scrolled(t);
    },
    { ...listen, passive: true },
  );
  win.addEventListener('resize', () => h.moved(), { signal, passive: true });
  win.addEventListener('pageshow', (e) => e.persisted && h.restored(), { signal });
}

/** Scrolls to a control and focuses it: only ever on the person's request. */
export function jumpTo(el: Element | undefined): boolean {
  if (!el?.isConnected || !('focus' in el)) return false;
  el.scrollIntoView({ block: 'center' });
  (el as HTMLElement).focus({ preventScroll: true });
  return true;
}
