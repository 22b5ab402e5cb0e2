import type { PageChecksSummary } from '@/utils/messaging/checks-protocol';
import { createAnnouncer } from './announcer';
import { measure, type Placement, place, renderBadge } from './badge';
import type { FieldSource } from './field-source';
import { evaluate, type FieldState, visibleProblems } from './field-state';
import { createOverlay, type Overlay } from './overlay';
import { pageShowsError } from './page-messages';
import { Registry } from './registry';
import { spokenSentence } from './sentence';
import { buildSummary } from './summary';
import { createSummaryPanel } from './summary-panel';

export interface ChecksOptions {
  signal: AbortSignal;
  doc?: Document;
  /** Limits remembered from earlier visits, by catalogue id. */
  remembered?: ReadonlyMap<string, number>;
  announceDelay?: number;
}

export interface ChecksController {
  overlay: Overlay;
  summary(): PageChecksSummary;
  /** Scrolls to a field and focuses it: only ever on the person's request. */
  focus(key: string): boolean;
  setRemembered(limits: ReadonlyMap<string, number>): void;
}

/**
 * Live checks of the recognised fields: one delegated `input` listener, a WeakMap from control to
 * state, and one requestAnimationFrame per frame that updates only the badges of the fields typed in.
 * Layout is read only inside that frame, all reads before all writes.
 */
export function startChecks(source: FieldSource, opts: ChecksOptions): ChecksController {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  const { signal } = opts;
  const overlay = createOverlay(doc);
  const announcer = createAnnouncer(overlay.live, opts.announceDelay);
  const reg = new Registry();
  let remembered = opts.remembered ?? new Map<string, number>();
  const pending = new Set<FieldState>();
  const typed = new Set<FieldState>();
  let layoutAll = false;
  let frame = 0;

  const summary = () =>
    buildSummary({
      url: doc.location?.href ?? '',
      fields: reg.fields,
      keyOf: (el) => reg.keyOf(el),
      stateOf: (el) => reg.stateOf(el),
    });
  const panel = createSummaryPanel(overlay.panel, (key) => void focus(key));
  const resizes = new ResizeObserver(() => schedule(null, true));

  function schedule(s: FieldState | null, all = false): void {
    if (s) pending.add(s);
    if (all) layoutAll = true;
    if (frame || signal.aborted) return;
    frame = win.requestAnimationFrame(runFrame);
  }

  function runFrame(): void {
    frame = 0;
    if (signal.aborted) return;
    const shown = new Map<FieldState, ReturnType<typeof visibleProblems>>();
    for (const s of pending) {
      evaluate(s);
      shown.set(s, visibleProblems(s, pageShowsError(s.field.element)));
      renderBadge(s, shown.get(s) ?? [], overlay.layer);
    }
    // Reads, then writes: one layout at most for the whole frame.
    const hostRect = overlay.host.getBoundingClientRect();
    const placements = (layoutAll ? reg.active : [...pending])
      .map((s) => measure(s, reg.messagesOf(s), hostRect))
      .filter((p): p is Placement => p !== null);
    for (const p of placements) place(p);
    const focused = [...typed].find((s) => s.field.element.contains(doc.activeElement));
    if (focused) announcer.say(spokenSentence(focused, shown.get(focused) ?? []));
    pending.clear();
    typed.clear();
    layoutAll = false;
    panel.update(summary());
  }

  function sync(): void {
    for (const s of reg.sync(source.current(), remembered)) {
      s.badge?.remove();
      resizes.unobserve(s.field.element);
    }
    for (const s of reg.active) {
      resizes.observe(s.field.element);
      pending.add(s);
    }
    schedule(null, true);
  }

  function onInput(e: Event): void {
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    const s = reg.stateOf(target);
    if (s) {
      typed.add(s);
      schedule(s);
    }
    if (reg.isDependency(target)) sync(); // a condition changed: requirements are recomputed
  }

  function onFocusOut(e: Event): void {
    const target = e.composedPath()[0];
    const s = target instanceof Element ? reg.stateOf(target) : undefined;
    if (!s) return;
    s.touched = true;
    schedule(s, true);
    // Pages often write their own messages right after blur: place the badges again below them.
    win.setTimeout(() => schedule(null, true), 150);
  }

  function focus(key: string): boolean {
    const el = reg.elementOf(key);
    if (!el?.isConnected || !(el instanceof HTMLElement)) return false;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    return true;
  }

  const listen = { capture: true, signal } as const;
  doc.addEventListener('input', onInput, listen);
  doc.addEventListener('change', onInput, listen);
  doc.addEventListener('focusout', onFocusOut, listen);
  doc.addEventListener('scroll', (e) => e.target !== doc && schedule(null, true), {
    ...listen,
    passive: true,
  });
  win.addEventListener('resize', () => schedule(null, true), { signal, passive: true });
  const unsubscribe = source.subscribe(() => sync());
  signal.addEventListener('abort', () => {
    unsubscribe();
    resizes.disconnect();
    announcer.cancel();
    if (frame) win.cancelAnimationFrame(frame);
    overlay.remove();
  });
  sync();

  return {
    overlay,
    summary,
    focus,
    setRemembered(limits) {
      remembered = limits;
      sync();
    },
  };
}
