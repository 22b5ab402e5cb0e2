import type { PageChecksSummary } from '@/utils/messaging/checks-protocol';
import type { Problem } from '@/utils/validation';
import { createAnnouncer } from './announcer';
import { removeBadge, renderBadge } from './badge';
import type { FieldSource } from './field-source';
import { evaluate, type FieldState, visibleProblems } from './field-state';
import { createOverlay, type Overlay } from './overlay';
import { jumpTo, listenPage, type PageEventHandlers } from './page-events';
import { pageShowsError, pageShowsLengthError } from './page-messages';
import { Placements } from './placements';
import { watchQuietChanges } from './quiet-changes';
import { Registry } from './registry';
import { watchResizes } from './resize-watch';
import { spokenSentence } from './sentence';
import { buildSummary } from './summary';
import { createSummaryPanel } from './summary-panel';
import { createTally } from './tally';
import { exposeOverlayForTests } from './test-hook';

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
  exposeOverlayForTests(overlay.shadow, signal);
  const announcer = createAnnouncer(overlay.live, opts.announceDelay);
  const reg = new Registry();
  let remembered = opts.remembered ?? new Map<string, number>();
  const pending = new Set<FieldState>();
  /** Fields typed in since the last frame (the live region speaks of the focused one). */
  const typed = new Set<FieldState>();
  const tally = createTally();
  let layoutAll = false;
  /** The page resized: check whether a rendered badge's field moved before placing anything again. */
  let checkNear = false;
  let listChanged = true;
  let countsChanged = true;
  let frame = 0;

  const summary = () =>
    buildSummary({
      url: doc.location?.href ?? '',
      fields: reg.fields,
      keyOf: (el) => reg.keyOf(el),
      stateOf: (el) => reg.stateOf(el),
    });
  const panel = createSummaryPanel(overlay.panel, (key) => void jumpTo(reg.elementOf(key)), summary);
  /**
   * A page that resizes all the time (a ticker, a log) without moving our fields: each calm check
   * doubles the wait before the next one (up to 500 ms); a move makes it check every frame again.
   */
  let calmChecks = 0;
  let nearTimer = 0;
  const pageResized = () => {
    if (nearTimer || checkNear || signal.aborted) return;
    const wait = calmChecks === 0 ? 0 : Math.min(500, 25 * 2 ** calmChecks);
    const check = () => {
      nearTimer = 0;
      checkNear = true;
      schedule(null);
    };
    if (wait === 0) check();
    else nearTimer = win.setTimeout(check, wait);
  };
  const resizes = watchResizes(doc, (what) => (what === 'field' ? schedule(null, true) : pageResized()));
  const placements = new Placements(
    overlay.host,
    overlay.layer,
    resizes,
    (s) => reg.messagesOf(s),
    // Badges leave the page's fields and buttons uncovered (« Ajouter un bloc » right under a field).
    () => [...reg.fields.map((f) => f.element), ...doc.querySelectorAll('button, [role="button"]')],
  );
  const quiet = watchQuietChanges(
    win,
    signal,
    (el) => reg.stateOf(el),
    (s) => schedule(s),
  );

  function schedule(s: FieldState | null, all = false): void {
    if (s) pending.add(s);
    if (all) layoutAll = true;
    if (frame || signal.aborted) return;
    frame = win.requestAnimationFrame(runFrame);
  }

  /** Checks a field again: what to show (reads the DOM tree, never the layout). */
  function check(s: FieldState): ReturnType<typeof visibleProblems> {
    const before = s.problems;
    evaluate(s);
    if (!sameProblems(before, s.problems)) listChanged = true;
    if (tally.update(s)) countsChanged = true;
    // A length problem shows whatever the page says, unless the page draws its own counter and says
    // it is over; the page's other messages are read only for the other problems.
    const onlyLength = s.problems.every((p) => p.code === 'too-long');
    const el = s.field.element;
    const group = reg.groupOf(s);
    const lengthShown =
      s.field.pageCounter === true &&
      s.problems.some((p) => p.code === 'too-long') &&
      pageShowsLengthError(el, group);
    return visibleProblems(s, !onlyLength && pageShowsError(el, group), lengthShown);
  }

  function runFrame(): void {
    frame = 0;
    if (signal.aborted) return;
    if (checkNear && !layoutAll) {
      if (placements.nearMoved()) {
        layoutAll = true;
        calmChecks = 0;
      } else calmChecks = Math.min(calmChecks + 1, 5);
    }
    checkNear = false;
    const shown = new Map([...pending].map((s) => [s, check(s)] as const));
    // All reads first (one layout at most), then all writes.
    const reading = placements.read(
      pending,
      layoutAll ? reg.active.filter((s) => s.shows || pending.has(s)) : null,
    );
    for (const [s, v] of shown) renderBadge(s, v);
    const again = placements.write(reading, pending);
    const focused = [...typed].find((s) => s.field.element.contains(doc.activeElement));
    if (focused) announcer.say(spokenSentence(focused, shown.get(focused) ?? []));
    typed.clear();
    pending.clear();
    layoutAll = false;
    if (countsChanged || listChanged) panel.update(tally.counts(), listChanged);
    countsChanged = false;
    listChanged = false;
    if (again) schedule(null);
  }

  function sync(): void {
    for (const s of reg.sync(source.current(), remembered)) {
      removeBadge(s.badge);
      s.badge = null;
      placements.forget(s);
    }
    for (const s of reg.active) pending.add(s);
    quiet.observe(reg.active);
    tally.reset(reg.fields, (el) => reg.stateOf(el));
    countsChanged = true;
    listChanged = true;
    // Fields of same-origin frames (scanned by this document) send their events to their own document.
    for (const s of reg.active) {
      const d = s.field.element.ownerDocument;
      if (!listened.has(d)) {
        listened.add(d);
        listenPage(d, signal, handlers);
      }
    }
    schedule(null, true);
  }

  const listened = new WeakSet<Document>([doc]);
  const handlers: PageEventHandlers = {
    // The badge is written in the keystroke's frame, not here: editing has already laid the page
    // out for this keystroke, and a write now would make the frame lay it out a second time.
    edited(target) {
      const s = reg.stateOf(target);
      if (s) {
        typed.add(s);
        schedule(s);
      }
      if (reg.isDependency(target)) sync(); // a condition changed: requirements are recomputed
    },
    focusIn(target) {
      const s = reg.stateOf(target);
      if (s) quiet.focused(s);
    },
    focusOut(target) {
      const s = reg.stateOf(target);
      if (!s) return;
      quiet.blurred();
      s.touched = true;
      schedule(s, true);
      // Pages often write their own messages right after blur: place the badges again below them.
      win.setTimeout(() => schedule(null, true), 150);
    },
    moved: () => schedule(null, true),
    viewport: () => {
      placements.scrolled();
      schedule(null);
    },
    scrolled(target) {
      // A control scrolling its own text (a long textarea while typing) moves no badge.
      if (!reg.stateOf(target) && !isTextControl(target)) schedule(null, true);
    },
    restored: sync,
  };
  listenPage(doc, signal, handlers);
  const unsubscribe = source.subscribe(() => sync());
  signal.addEventListener('abort', () => {
    unsubscribe();
    resizes.disconnect();
    if (nearTimer) win.clearTimeout(nearTimer);
    announcer.cancel();
    if (frame) win.cancelAnimationFrame(frame);
    overlay.remove();
  });
  sync();

  return {
    overlay,
    summary,
    focus: (key) => jumpTo(reg.elementOf(key)),
    setRemembered(limits) {
      remembered = limits;
      sync();
    },
  };
}

const sameProblems = (a: readonly Problem[], b: readonly Problem[]): boolean =>
  a.length === b.length && a.every((p, i) => p.code === b[i]?.code && p.message === b[i]?.message);

const isTextControl = (el: Element): boolean =>
  el.localName === 'textarea' || el.localName === 'input' || el.localName === 'select';
