/**
 * What may move the badges without an event: a field or the page changing size. Chromium checks
 * every observed element on every frame, so observing 2 000 fields costs each keystroke's frame
 * about half a millisecond: only the fields whose badges are rendered (near the viewport) are
 * watched, plus the page's body, whose height changes when anything above a far field grows.
 * A first report (an element just observed) is not a change and moves nothing. A field that
 * changed size moves what is under it (`field`); the body alone (`page`) often moves nothing of
 * ours: a page that resizes every few milliseconds (a log, a ticker at its end) must cost no
 * relayout, so the caller only checks whether a rendered badge's field moved.
 */
export type ResizeKind = 'field' | 'page';
export interface ResizeWatch {
  /** Starts or stops watching a field, as its badge comes near the viewport or leaves it. */
  watch(el: Element, on: boolean): void;
  disconnect(): void;
}

export function watchResizes(doc: Document, changed: (what: ResizeKind) => void): ResizeWatch {
  const sizes = new WeakMap<Element, string>();
  const watched = new Set<Element>();
  const page = doc.body ?? doc.documentElement;
  const observer = new ResizeObserver((entries) => {
    let what: ResizeKind | null = null;
    for (const e of entries) {
      const size = `${e.contentRect.width}x${e.contentRect.height}`;
      const before = sizes.get(e.target);
      sizes.set(e.target, size);
      if (before === undefined || before === size) continue;
      what = e.target === page && what !== 'field' ? 'page' : 'field';
    }
    if (what) changed(what);
  });
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
