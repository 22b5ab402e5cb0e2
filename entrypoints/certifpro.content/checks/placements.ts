import { isNearNow, measure, nearOrFar, type Placement, place } from './badge';
import type { FieldState } from './field-state';
import type { ResizeWatch } from './resize-watch';
import { type Band, bandOf, sameBand } from './viewport-band';

/** What a frame read from the layout, before it writes anything. */
export interface Reading {
  band: Band;
  measured: (readonly [FieldState, Placement])[];
}

/**
 * Where the badges go, measured only when something may have moved them: a field typed in keeps
 * its place unless the page's messages under it changed, so a keystroke's frame reads no layout
 * at all (reading it would lay the page out once for us and once more after our writes).
 */
export class Placements {
  private readonly placed = new Map<FieldState, Placement>();
  private readonly messageTexts = new WeakMap<FieldState, string>();
  private remeasure = new Set<FieldState>();
  private band: Band | null = null;
  private viewportMoved = true;

  constructor(
    private readonly host: HTMLElement,
    private readonly resizes: ResizeWatch,
    private readonly messagesOf: (s: FieldState) => readonly Element[],
  ) {}

  /** The page scrolled: which badges are rendered may change. */
  scrolled(): void {
    this.viewportMoved = true;
  }

  forget(s: FieldState): void {
    this.placed.delete(s);
    this.remeasure.delete(s);
    this.resizes.watch(s.field.element, false);
  }

  /** The reads of a frame: `all` (every badge to place again) or the fields that changed. */
  read(changed: Iterable<FieldState>, all: readonly FieldState[] | null): Reading | null {
    const targets = new Set(all ?? []);
    if (!all) for (const s of changed) if (this.mayHaveMoved(s)) targets.add(s);
    for (const s of this.remeasure) targets.add(s);
    this.remeasure = new Set();
    if (!targets.size && !this.viewportMoved && this.band) return null;
    this.viewportMoved = false;
    const doc = this.host.ownerDocument;
    const hostRect = this.host.getBoundingClientRect();
    const measured = [...targets].map((s) => {
      const messages = this.messagesOf(s);
      this.messageTexts.set(s, textsOf(messages));
      return [s, measure(s, messages, hostRect, doc)] as const;
    });
    return { band: bandOf(hostRect, doc.defaultView?.innerHeight ?? 0), measured };
  }

  /** The writes: positions, and which badges are rendered. Returns whether a frame is still due. */
  write(reading: Reading | null, changed: Iterable<FieldState>): boolean {
    const now = reading?.band ?? this.band;
    if (!now) return false;
    const fresh = new Set<FieldState>();
    for (const [s, p] of reading?.measured ?? []) {
      fresh.add(s);
      this.placed.set(s, p);
      if (place(s.badge, p, now)) this.nearChanged(s, false);
    }
    // A badge that just became active takes its known place.
    for (const s of changed) {
      const p = this.placed.get(s);
      if (p && !fresh.has(s) && place(s.badge, p, now)) this.nearChanged(s, false);
    }
    // The page scrolled (or the window resized): render the badges that came near, hide the others.
    if (!sameBand(this.band, now))
      for (const [s, p] of this.placed) if (nearOrFar(s.badge, p, now)) this.nearChanged(s, true);
    this.band = now;
    return this.remeasure.size > 0;
  }

  private mayHaveMoved(s: FieldState): boolean {
    return !this.placed.has(s) || this.messageTexts.get(s) !== textsOf(this.messagesOf(s));
  }

  /** Only rendered badges' fields are watched for resizes; one placed while far is measured again. */
  private nearChanged(s: FieldState, stale: boolean): void {
    const near = isNearNow(s.badge);
    this.resizes.watch(s.field.element, near);
    if (near && stale) this.remeasure.add(s);
  }
}

/** The page's messages as text: when it changes, a message may have appeared or grown. */
const textsOf = (messages: readonly Element[]): string =>
  messages.map((m) => m.textContent ?? '').join('\u0000');
