import { isOurs } from '../mutation-filter';

/**
 * Bounded, observer-driven waits for what a page adds late (an item after « Ajouter », a listbox
 * after typing). The probe runs now, then at most once per frame after DOM changes, never in a
 * polling loop; the observer is disconnected when the wait ends, times out, or the content script
 * is invalidated (`signal`).
 */
export interface WaitOptions {
  timeoutMs: number;
  /** Which changes count (default: any but Certifill's own marks and overlay). */
  relevant?: (records: readonly MutationRecord[]) => boolean;
  /** The content script's context signal: an invalidated script stops waiting at once. */
  signal?: AbortSignal;
  root?: Node;
}

/** Certifill's own changes (field marks, the checks overlay) never wake a wait. */
export function notOurs(records: readonly MutationRecord[]): boolean {
  return records.some((r) => !(r.attributeName?.startsWith('data-certifill') || isOurs(r.target)));
}

const frame = (cb: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(cb);
    // A hidden tab gets no frames: a timer takes over.
    const t = setTimeout(cb, 50);
    return () => {
      cancelAnimationFrame(id);
      clearTimeout(t);
    };
  }
  const t = setTimeout(cb, 16);
  return () => clearTimeout(t);
};

/** The probe's first non-null answer, or null when time runs out. */
export function waitFor<T>(probe: () => T | null | undefined, opts: WaitOptions): Promise<T | null> {
  return new Promise((resolve) => {
    const first = probe();
    if (first !== null && first !== undefined) return resolve(first);
    if (opts.signal?.aborted) return resolve(null);
    let cancelFrame: (() => void) | null = null;
    const relevant = opts.relevant ?? notOurs;
    const observer = new MutationObserver((records) => {
      if (cancelFrame || !relevant(records)) return;
      cancelFrame = frame(() => {
        cancelFrame = null;
        const v = probe();
        if (v !== null && v !== undefined) finish(v);
      });
    });
    const timer = setTimeout(() => finish(probe() ?? null), opts.timeoutMs);
    const abort = () => finish(null);
    function finish(v: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      cancelFrame?.();
      opts.signal?.removeEventListener('abort', abort);
      resolve(v);
    }
    opts.signal?.addEventListener('abort', abort);
    observer.observe(opts.root ?? document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** Resolves once the DOM under `root` has not changed for `quietMs` (or after `maxMs` in all). */
export function settled(opts: WaitOptions & { quietMs: number }): Promise<void> {
  return new Promise((resolve) => {
    if (opts.signal?.aborted) return resolve();
    let quiet = setTimeout(done, opts.quietMs);
    const max = setTimeout(done, opts.timeoutMs);
    const relevant = opts.relevant ?? notOurs;
    const observer = new MutationObserver((records) => {
      if (!relevant(records)) return;
      clearTimeout(quiet);
      quiet = setTimeout(done, opts.quietMs);
    });
    function done() {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(max);
      opts.signal?.removeEventListener('abort', done);
      resolve();
    }
    opts.signal?.addEventListener('abort', done);
    observer.observe(opts.root ?? document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });
}
