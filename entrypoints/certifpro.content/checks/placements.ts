import { chooseSpot, type Size, type Spot } from '@/utils/overlay/badge-spot';
import { type Box, RectIndex } from '@/utils/overlay/rect-index';
import { boxOf, type Geometry, isNearNow, measure, nearOrFar, place, sizeOf } from './badge';
import type { FieldState } from './field-state';
import type { ResizeWatch } from './resize-watch';
import { type Band, bandOf, sameBand } from './viewport-band';

/** What a frame read from the layout, before it writes anything. */
export interface Reading {
  band: Band;
  /** The right edge of the visible page, in the overlay's coordinates. */
  pageRight: number;
  measured: (readonly [FieldState, Geometry])[];
  /** Every control of the page, on a full reading: what a badge must not cover. */
  controls: RectIndex | null;
}

interface Placed {
  geometry: Geometry;
  size: Size;
  spot: Spot;
}

const sameSize = (a: Size, b: Size): boolean => a.width === b.width && a.height === b.height;

/**
 * Where the badges go, measured only when something may have moved them: a field typed in keeps
 * its place unless the page's messages under it changed, so a keystroke's frame reads no layout
 * at all (reading it would lay the page out once for us and once more after our writes). A badge
 * whose size changes (a message comes or goes) takes a new spot from what was read before.
 */
export class Placements {
  private readonly placed = new Map<FieldState, Placed>();
  private readonly messageTexts = new WeakMap<FieldState, string>();
  private remeasure = new Set<FieldState>();
  private band: Band | null = null;
  private viewportMoved = true;
  private controls = new RectIndex();
  private pageRight = Number.POSITIVE_INFINITY;

  constructor(
    private readonly host: HTMLElement,
    /** Where badges are rendered (near the viewport only). */
    private readonly layer: HTMLElement,
    private readonly resizes: ResizeWatch,
    private readonly messagesOf: (s: FieldState) => readonly Element[],
    /** The page's controls and buttons: what badges must leave uncovered. */
    private readonly controlsOf: () => Iterable<Element>,
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

  /**
   * Whether a rendered badge's field moved (reads only those fields: a few dozen at most). Far
   * badges are not rendered; they are measured again when they come near.
   */
  nearMoved(): boolean {
    const doc = this.host.ownerDocument;
    const hostRect = this.host.getBoundingClientRect();
    for (const [s, p] of this.placed) {
      if (!isNearNow(s)) continue;
      const now = boxOf(s.field.element, hostRect, doc);
      const was = p.geometry.field;
      if (Math.abs(now.top - was.top) >= 0.5 || Math.abs(now.left - was.left) >= 0.5) return true;
      if (Math.abs(now.bottom - was.bottom) >= 0.5 || Math.abs(now.right - was.right) >= 0.5) return true;
    }
    return false;
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
    let controls: RectIndex | null = null;
    if (all) {
      controls = new RectIndex();
      const known = new Map<Element, Box>(measured.map(([s, g]) => [s.field.element, g.field]));
      for (const el of this.controlsOf()) controls.add(known.get(el) ?? boxOf(el, hostRect, doc), el);
    }
    const pageRight = doc.documentElement.clientWidth - hostRect.left;
    return { band: bandOf(hostRect, doc.defaultView?.innerHeight ?? 0), pageRight, measured, controls };
  }

  /** The writes: positions, and which badges are rendered. Returns whether a frame is still due. */
  write(reading: Reading | null, changed: Iterable<FieldState>): boolean {
    const now = reading?.band ?? this.band;
    if (!now) return false;
    if (reading?.controls) this.controls = reading.controls;
    if (reading) this.pageRight = reading.pageRight;
    const fresh = new Set<FieldState>();
    for (const [s, g] of reading?.measured ?? []) {
      fresh.add(s);
      this.put(s, g, now);
    }
    // A badge that just became active, or changed size, takes its spot from the known geometry.
    for (const s of changed) {
      const p = this.placed.get(s);
      if (!p || fresh.has(s)) continue;
      if (!sameSize(p.size, sizeOf(s))) this.put(s, p.geometry, now);
      else if (place(s, p.geometry.visible, p.spot, now, this.layer)) this.nearChanged(s, false);
    }
    // The page scrolled (or the window resized): render the badges that came near, hide the others.
    if (!sameBand(this.band, now))
      for (const [s, p] of this.placed)
        if (nearOrFar(s, p.spot.y, now, this.layer)) {
          // Placed while far: its DOM is new, its spot from an old reading.
          if (s.badge) place(s, p.geometry.visible, p.spot, now, this.layer);
          this.nearChanged(s, true);
        }
    this.band = now;
    return this.remeasure.size > 0;
  }

  private put(s: FieldState, geometry: Geometry, band: Band): void {
    const size = sizeOf(s);
    const spot = chooseSpot({
      field: geometry.field,
      below: geometry.below,
      size,
      pageRight: this.pageRight,
      covers: (box) => this.controls.hits(box, s.field.element),
    });
    this.placed.set(s, { geometry, size, spot });
    if (place(s, geometry.visible, spot, band, this.layer)) this.nearChanged(s, false);
  }

  private mayHaveMoved(s: FieldState): boolean {
    return !this.placed.has(s) || this.messageTexts.get(s) !== textsOf(this.messagesOf(s));
  }

  /** Only rendered badges' fields are watched for resizes; one placed while far is measured again. */
  private nearChanged(s: FieldState, stale: boolean): void {
    const near = isNearNow(s);
    this.resizes.watch(s.field.element, near);
    if (near && stale) this.remeasure.add(s);
  }
}

/**
 * The page's messages as text: when it changes, a message may have appeared or grown. Digits are
 * left out (not their number): the page's own counter changes on every keystroke and moves
 * nothing, and measuring the field then would lay the page out once more in each keystroke's frame.
 */
const textsOf = (messages: readonly Element[]): string =>
  messages
    .map((m) => m.textContent ?? '')
    .join('\u0000')
    .replace(/\d/g, '0');
