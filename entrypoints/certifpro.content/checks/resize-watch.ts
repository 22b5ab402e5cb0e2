/**
 * What may move the badges without an event: a field or the page changing size. Chromium checks
 * every observed element on every frame, so observing 2 000 fields costs each keystroke's frame
 * about half a millisecond: only the fields whose badges are rendered (near the viewport) are
 * watched, plus the page's body, whose height changes when anything above a far field grows.
 * A first report (an element just observed) is not a change and moves nothing.
 */
export interface ResizeWatch {
  /** Starts or stops watching a field, as its badge comes near the viewport or leaves it. */
  watch(el: Element, on: boolean): void;
  disconnect(): void;
}

export function watchResizes(doc: Document, changed: () => void): ResizeWatch {
  const sizes = new WeakMap<Element, string>();
  const watched = new Set<Element>();
  const observer = new ResizeObserver((entries) => {
    let moved = false;
    for (const e of entries) {
      const size = `${e.contentRect.width}x${e.contentRect.height}`;
      const before = sizes.get(e.target);
      sizes.set(e.target, size);
      if (before !== undefined && before !== size) moved = true;
    }
    if (moved) changed();
  });
  const page = doc.body ?? doc.documentElement;
  observer.observe(page);
  return {
    watch(el, on) {
      if (on && !watched.has(el)) {
        watched.add(el);
        observer.observe(el);
      } else if (!on && watched.delete(el)) {
        observer.unobserve(el);
        sizes.delete(el);
      }
    },
    disconnect: () => observer.disconnect(),
  };
}
