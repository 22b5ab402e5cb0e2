import { estimateBadgeSize, type Spot } from '@/utils/overlay/badge-spot';
import type { Box } from '@/utils/overlay/rect-index';
import type { Problem } from '@/utils/validation';
import { caracteres } from '@/utils/validation/counter-text';
import { createBadge, deactivate, isActive, nearNow, setNear, setShown, setSpot, write } from './badge-view';
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

/** Writes the badge (creating it on first use); returns whether it has anything to show. */
export function renderBadge(s: FieldState, shown: Problem[], layer: HTMLElement): boolean {
  const { count, messages, state } = badgeContent(s, shown);
  if (!state) {
    if (s.badge) deactivate(s.badge);
    return false;
  }
  s.badge ??= createBadge(layer, s.key);
  const parts: [string, string][] = [
    ...(count ? [['count', count] as [string, string]] : []),
    ...messages.map((m) => ['msg', m] as [string, string]),
  ];
  write(s.badge, s.field.path ?? '', state, parts, estimateBadgeSize(count, messages));
  return true;
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
 * Writes the position of an active badge (after all reads): its anchor moves, nothing is laid out.
 * Returns whether the badge came near the viewport or left it.
 */
export function place(badge: HTMLElement | null, visible: boolean, spot: Spot, band: Band): boolean {
  if (!badge || !isActive(badge)) return false;
  setShown(badge, visible);
  setSpot(badge, spot);
  return nearOrFar(badge, spot.y, band);
}

/** Renders the badge only when it is near the viewport; true when that changed. */
export function nearOrFar(badge: HTMLElement | null, top: number, band: Band): boolean {
  return badge ? setNear(badge, isNear(top, band)) : false;
}

/** Whether a badge is rendered now (near the viewport). */
export const isNearNow = (badge: HTMLElement | null): boolean => !!badge && nearNow(badge);

export { removeBadge, sizeOf } from './badge-view';
