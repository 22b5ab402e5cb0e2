import type { Size, Spot } from '@/utils/overlay/badge-spot';

/**
 * The badges' DOM, written through a record of what each one shows: every write is compared with
 * the record first, so a keystroke touches only what changed (usually one text node) and reads
 * nothing back from the DOM (each DOM call from the content script's world has a cost).
 */
interface View {
  path: string;
  state: string;
  shown: boolean;
  near: boolean;
  transform: string;
  side: Spot['side'];
  /** The size estimated from what it shows (for choosing where it goes). */
  size: Size;
  spans: { el: HTMLElement; kind: string; text: Text }[];
}

const views = new WeakMap<HTMLElement, View>();

/**
 * A new badge in its anchor. The anchor is a relayout boundary (fixed 0×0 size, layout
 * containment): a badge whose text changes is laid out alone, never the page nor the other badges.
 */
export function createBadge(layer: HTMLElement, key: string): HTMLElement {
  const doc = layer.ownerDocument;
  const anchor = doc.createElement('div');
  anchor.className = 'anchor';
  const badge = doc.createElement('div');
  badge.dataset.key = key;
  anchor.append(badge);
  layer.append(anchor);
  views.set(badge, {
    path: '',
    state: '',
    shown: false,
    near: false,
    transform: '',
    side: 'below',
    size: { width: 0, height: 0 },
    spans: [],
  });
  return badge;
}

const viewOf = (badge: HTMLElement): View => {
  const v = views.get(badge);
  if (!v) throw new Error('badge inconnu');
  return v;
};

/** Writes the badge's path, state (ok, warning, error) and its parts (counter, messages). */
export function write(
  badge: HTMLElement,
  path: string,
  state: string,
  parts: [string, string][],
  size: Size,
): void {
  const v = viewOf(badge);
  v.size = size;
  if (v.path !== path) {
    v.path = path;
    badge.dataset.path = path;
  }
  if (v.state !== state) {
    v.state = state;
    badge.className = `badge ${state}${v.shown ? ' shown' : ''}`;
  }
  while (v.spans.length > parts.length) v.spans.pop()?.el.remove();
  parts.forEach(([kind, text], i) => {
    let span = v.spans[i];
    if (!span) {
      const el = badge.ownerDocument.createElement('span');
      const node = badge.ownerDocument.createTextNode('');
      el.append(node);
      badge.append(el);
      span = { el, kind: '', text: node };
      v.spans.push(span);
    }
    if (span.kind !== kind) {
      span.kind = kind;
      span.el.className = kind;
    }
    if (span.text.data !== text) span.text.data = text;
  });
}

/** Shown when its field is rendered. */
export function setShown(badge: HTMLElement, shown: boolean): void {
  const v = viewOf(badge);
  if (v.shown === shown) return;
  v.shown = shown;
  badge.classList.toggle('shown', shown);
}

export const sizeOf = (badge: HTMLElement): Size => viewOf(badge).size;

/** Moves the anchor (a transform: nothing is laid out) and aligns the badge to its side. */
export function setSpot(badge: HTMLElement, spot: Spot): void {
  const v = viewOf(badge);
  // chooseSpot gives whole pixels already.
  const transform = `translate(${spot.x}px, ${spot.y}px)`;
  if (v.transform !== transform) {
    v.transform = transform;
    badge.parentElement?.style.setProperty('transform', transform);
  }
  if (v.side !== spot.side) {
    v.side = spot.side;
    badge.parentElement?.classList.toggle('after', spot.side === 'after');
  }
}

/** Rendered only near the viewport (the anchor is `display: none` otherwise); true when it changed. */
export function setNear(badge: HTMLElement, near: boolean): boolean {
  const v = viewOf(badge);
  if (v.near === near) return false;
  v.near = near;
  badge.parentElement?.classList.toggle('near', near);
  return true;
}

export const nearNow = (badge: HTMLElement): boolean => viewOf(badge).near;

/** Takes a badge off the overlay, anchor included. */
export function removeBadge(badge: HTMLElement | null): void {
  (badge?.parentElement ?? badge)?.remove();
}
