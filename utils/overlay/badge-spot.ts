import type { Box } from './rect-index';

export interface Size {
  width: number;
  height: number;
}

/** Where a badge goes: its anchor point, and which side of the field it sits on. */
export interface Spot {
  x: number;
  y: number;
  /** `below`: right edge at x, top at y. `after`: beside the field's end, left edge at x. */
  side: 'below' | 'after';
}

export interface SpotInput {
  field: Box;
  /** The lowest point of the field and of the page's own messages right under it. */
  below: number;
  size: Size;
  /** The right edge of the page: a badge beside a field must not stick out of it. */
  pageRight: number;
  /** Whether a box would cover another control of the page. */
  covers: (box: Box) => boolean;
}

export const GAP_BELOW = 2;
export const GAP_AFTER = 6;

/**
 * Right-aligned under the field (below the page's messages) when that covers no other control;
 * otherwise beside the field's end, level with its last line, when that fits and covers nothing;
 * otherwise under the field all the same (a page with no room anywhere). Spots are whole pixels
 * (crisp text), rounded away from the field's neighbours.
 */
export function chooseSpot({ field, below, size, pageRight, covers }: SpotInput): Spot {
  const right = Math.round(field.right);
  const top = Math.ceil(below + GAP_BELOW);
  const under: Box = { left: right - size.width, top, right, bottom: top + size.height };
  if (!covers(under)) return { x: right, y: top, side: 'below' };
  const left = Math.ceil(field.right + GAP_AFTER);
  const level = Math.floor(Math.max(field.top, field.bottom - size.height));
  const beside: Box = { left, top: level, right: left + size.width, bottom: level + size.height };
  if (beside.right <= pageRight && !covers(beside)) return { x: left, y: level, side: 'after' };
  return { x: right, y: top, side: 'below' };
}

// The badge's font is 12px/16px with 6px side padding and a 1px border (overlay-style.ts); these
// widths err on the wide side, so that a badge is never thought to fit where it does not.
const CHAR = 7;
const MSG_CHAR = 6.5;
const MAX_WIDTH = 420;
const FRAME_X = 14;
const FRAME_Y = 4;
const LINE = 16;

/** A counter's widest form while the person types: « 3 000 / 3 000 » for « 12 / 3 000 ». */
const widestCount = (count: string): number => {
  const m = /^(.*) \/ (.*)$/.exec(count);
  return m ? 2 * Math.max(m[1]?.length ?? 0, m[2]?.length ?? 0) + 3 : count.length;
};

/**
 * The badge's size, from what it shows (no layout read): the counter on one line (with room for
 * the error sign and the count reaching the limit), then each message on its own lines.
 */
export function estimateBadgeSize(count: string, messages: readonly string[]): Size {
  let width = 0;
  let lines = 0;
  if (count) {
    width = (widestCount(count) + 2) * CHAR + FRAME_X;
    lines = 1;
  }
  const perLine = Math.floor((MAX_WIDTH - FRAME_X) / MSG_CHAR);
  for (const m of messages) {
    width = Math.max(width, Math.min(MAX_WIDTH, m.length * MSG_CHAR + FRAME_X));
    lines += Math.max(1, Math.ceil(m.length / perLine));
  }
  return { width: Math.min(MAX_WIDTH, Math.ceil(width)), height: FRAME_Y + LINE * lines };
}
