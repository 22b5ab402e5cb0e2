import type { Problem } from '@/utils/validation';
import { caracteres } from '@/utils/validation/counter-text';
import {
  createBadge,
  deactivate,
  isActive,
  nearNow,
  setNear,
  setShown,
  setTransform,
  write,
} from './badge-view';
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
  write(s.badge, s.field.path ?? '', state, parts);
  return true;
}

/** Where a badge goes: right-aligned under the field, below the page's own messages. */
export interface Placement {
  visible: boolean;
  right: number;
  top: number;
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
): Placement {
  const off = frameOffset(s.field.element, root);
  const r = s.field.element.getBoundingClientRect();
  const visible = s.field.element.isConnected && (r.width > 0 || r.height > 0);
  let bottom = r.bottom;
  for (const m of messages) {
    if ((m.textContent ?? '').trim() === '') continue;
    const mr = m.getBoundingClientRect();
    // Only messages right under the field: a far-away element is not this field's message.
    if (mr.height > 0 && mr.bottom > bottom && mr.top < bottom + 48) bottom = mr.bottom;
  }
  return { visible, right: r.right + off.x - host.left, top: bottom + off.y - host.top + 2 };
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
export function place(badge: HTMLElement | null, p: Placement, band: Band): boolean {
  if (!badge || !isActive(badge)) return false;
  setShown(badge, p.visible);
  setTransform(badge, `translate(${Math.round(p.right)}px, ${Math.round(p.top)}px)`);
  return nearOrFar(badge, p, band);
}

/** Renders the badge only when it is near the viewport; true when that changed. */
export function nearOrFar(badge: HTMLElement | null, p: Placement, band: Band): boolean {
  return badge ? setNear(badge, isNear(p.top, band)) : false;
}

/** Whether a badge is rendered now (near the viewport). */
export const isNearNow = (badge: HTMLElement | null): boolean => !!badge && nearNow(badge);

export { removeBadge } from './badge-view';
