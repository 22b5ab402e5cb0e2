import { estimateBadgeSize, type Size, type Spot } from '@/utils/overlay/badge-spot';
import type { Box } from '@/utils/overlay/rect-index';
import type { Problem } from '@/utils/validation';
import { caracteres } from '@/utils/validation/counter-text';
import { createBadge, nearNow, removeBadge, setNear, setShown, setSpot, write } from './badge-view';
import type { FieldState } from './field-state';
import { type Band, isNear } from './viewport-band';

/** Content of a field's badge: the counter, then the messages to show now. */
export function badgeContent(
  s: FieldState,
  shown: Problem[],
): { count: string; messages: string[]; state: string } {
  const showCounter = s.counter !== null && (s.limit.limit !== null || s.filled);
  const count =
    !showCounter || !s.counter ? '' : s.limit.limit === null ? caracteres(s.count) : s.counter.text;
  const messages = shown.map((p) => p.message);
  const state = shown.some((p) => p.severity === 'error')
    ? 'error'
    : shown.length > 0
      ? 'warning'
      : (s.counter?.state ?? 'ok');
  return { count, messages, state: showCounter || messages.length > 0 ? state : '' };
}

/** What a field's badge shows, kept whether or not the badge is rendered (its DOM lives only near the viewport). */
export interface BadgeShown {
  path: string;
  state: string;
  parts: [string, string][];
  size: Size;
}

/** Works out what the badge shows; writes it when the badge is rendered. Returns whether it has anything to show. */
export function renderBadge(s: FieldState, shown: Problem[]): boolean {
  const { count, messages, state } = badgeContent(s, shown);
  if (!state) {
    s.shows = null;
    release(s);
    return false;
  }
  const parts: [string, string][] = [
    ...(count ? [['count', count] as [string, string]] : []),
    ...messages.map((m) => ['msg', m] as [string, string]),
  ];
  s.shows = { path: s.field.path ?? '', state, parts, size: estimateBadgeSize(count, messages) };
  if (s.badge) paint(s.badge, s.shows);
  return true;
}

const paint = (badge: HTMLElement, b: BadgeShown) => write(badge, b.path, b.state, b.parts, b.size);

/** The badge's estimated size (what choosing its spot needs: no DOM). */
export const sizeOf = (s: FieldState): Size => s.shows?.size ?? { width: 0, height: 0 };

/** Takes the badge's DOM off the overlay (it is far, or has nothing to show). */
function release(s: FieldState): void {
  removeBadge(s.badge);
  s.badge = null;
}

/** Where a field is, in the overlay's coordinates (read in the frame's read phase). */
export interface Geometry {
  visible: boolean;
  field: Box;
  /** The field's bottom, or the bottom of the page's own messages right under it. */
  below: number;
}

/**
 * Reads the rects (call only inside requestAnimationFrame, before any write). `host` is the overlay's
 * rect in the viewport of `root`, its document; fields of same-origin frames add their frames' offsets.
 */
export function measure(
  s: FieldState,
  messages: readonly Element[],
  host: DOMRect,
  root: Document = document,
): Geometry {
  const el = s.field.element;
  const field = boxOf(el, host, root);
  const visible = el.isConnected && (field.right > field.left || field.bottom > field.top);
  let below = field.bottom;
  for (const m of messages) {
    if ((m.textContent ?? '').trim() === '') continue;
    const mb = boxOf(m, host, root);
    // Only messages right under the field: a far-away element is not this field's message.
    if (mb.bottom > mb.top && mb.bottom > below && mb.top < below + 48) below = mb.bottom;
  }
  return { visible, field, below };
}

/** An element's box in the overlay's coordinates. */
export function boxOf(el: Element, host: DOMRect, root: Document = document): Box {
  const off = frameOffset(el, root);
  const r = el.getBoundingClientRect();
  const x = off.x - host.left;
  const y = off.y - host.top;
  return { left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y };
}

/** Where a same-origin frame's viewport sits in the viewport of `root` (the overlay's document). */
function frameOffset(el: Element, root: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  if (el.ownerDocument === root) return { x, y };
  for (
    let fe = el.ownerDocument.defaultView?.frameElement;
    fe;
    fe = fe.ownerDocument === root ? null : fe.ownerDocument.defaultView?.frameElement
  ) {
    const r = fe.getBoundingClientRect();
    x += r.left + fe.clientLeft;
    y += r.top + fe.clientTop;
  }
  return { x, y };
}

/**
 * Writes where a badge goes (after all reads): near the viewport its DOM is created if need be and
 * its anchor moved (a transform: nothing is laid out); far from it the DOM is let go, so the
 * overlay's size follows the viewport, never the page. Returns whether the badge came near or left.
 */
export function place(s: FieldState, visible: boolean, spot: Spot, band: Band, layer: HTMLElement): boolean {
  const changed = nearOrFar(s, spot.y, band, layer);
  if (!s.badge) return changed;
  setShown(s.badge, visible);
  setSpot(s.badge, spot);
  return changed;
}

/** Renders the badge only when it is near the viewport and has something to show; true when that changed. */
export function nearOrFar(s: FieldState, top: number, band: Band, layer: HTMLElement): boolean {
  const near = s.shows !== null && isNear(top, band);
  if (near === (s.badge !== null)) return false;
  if (!near) {
    release(s);
    return true;
  }
  s.badge = createBadge(layer, s.key);
  setNear(s.badge, true);
  paint(s.badge, s.shows as BadgeShown);
  return true;
}

/** Whether a badge is rendered now (near the viewport). */
export const isNearNow = (s: FieldState): boolean => s.badge !== null && nearNow(s.badge);

export { removeBadge } from './badge-view';
