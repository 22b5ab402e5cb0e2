import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isIframe } from './fill/dom-kinds';
import { ATTRIBUTE_FILTER, isRelevant, mayMatter } from './mutation-filter';
import { createScheduler } from './rescan-scheduler';
import { discoverRoots } from './scan-roots';

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ATTRIBUTE_FILTER,
};
/** Records kept between flushes; past this, the batch counts as relevant without reading it. */
const MAX_QUEUE = 5000;

/**
 * Decides when to scan again: ONE MutationObserver over the document, its open shadow roots and
 * same-origin frames; records are queued and read in one idle callback behind a debounce that
 * backs off under bursts. In-app navigation, tab switches and frame loads force a rescan.
 */
export function watchPage(ctx: ContentScriptContext, scan: () => void) {
  let queue: MutationRecord[] = [];
  let forced = false;
  const observed = new WeakSet<Node>();

  const flush = () => {
    const records = queue;
    queue = [];
    const go = forced || records.length >= MAX_QUEUE || isRelevant(records);
    forced = false;
    if (go) scan();
  };
  // Plain timers, cleared by stop(): the context's own helpers add an invalidation listener per
  // call that stays until the script dies, one per keystroke on pages that write a counter.
  const scheduler = createScheduler(() => ctx.requestIdleCallback(flush, { timeout: 500 }), {
    setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
    clearTimeout: (id) => window.clearTimeout(id),
    now: () => Date.now(),
  });
  const observer = new MutationObserver((records) => {
    // Text-only changes (the page's counter, on every keystroke) neither queue nor wake anything.
    const kept = records.filter(mayMatter);
    if (kept.length === 0) return;
    if (queue.length < MAX_QUEUE) queue.push(...kept);
    scheduler.poke();
  });
  const force = () => {
    forced = true;
    scheduler.poke();
  };

  const observeRoots = () => {
    for (const root of discoverRoots(document)) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root.nodeType === 9 ? ((root as Document).documentElement ?? root) : root, OPTIONS);
    }
  };

  ctx.addEventListener(window, 'wxt:locationchange', force);
  ctx.addEventListener(window, 'popstate', force);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') force();
  });
  // DSFR tabs and iframes that (re)load: the DOM may change without a relevant mutation.
  ctx.addEventListener(
    document,
    'click',
    (e) => {
      if ((e.target as Element | null)?.closest?.('[role="tab"]')) force();
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'load',
    (e) => {
      if (isIframe(e.target as Element | null)) force();
    },
    { capture: true },
  );

  observeRoots();
  return {
    observeRoots,
    /** A rescan is due (the page changed since the last one). */
    pending: () => forced || queue.length > 0 || scheduler.pending(),
    stop() {
      observer.disconnect();
      scheduler.cancel();
      queue = [];
    },
  };
}
