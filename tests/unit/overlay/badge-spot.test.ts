import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseSpot, estimateBadgeSize, GAP_AFTER, GAP_BELOW, type Spot } from '@/utils/overlay/badge-spot';
import { type Box, RectIndex } from '@/utils/overlay/rect-index';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** The box a badge of `size` covers at `spot`. */
const covered = (spot: Spot, w: number, h: number): Box =>
  spot.side === 'below' ? box(spot.x - w, spot.y, w, h) : box(spot.x, spot.y, w, h);

function page(...controls: Box[]) {
  const index = new RectIndex();
  for (const [i, c] of controls.entries()) index.add(c, i);
  return index;
}

describe('where a badge goes', () => {
  const size = { width: 90, height: 20 };

  it('goes right-aligned under the field when nothing is there (a DSFR group’s margin)', () => {
    const field = box(100, 200, 400, 40);
    const controls = page(field, box(100, 300, 400, 40));
    const spot = chooseSpot({ field, below: 240, size, pageRight: 1280, covers: (b) => controls.hits(b, 0) });
    expect(spot).toEqual({ x: 500, y: 240 + GAP_BELOW, side: 'below' });
  });

  it('goes beside the field when the next control starts right under it (a dense form)', () => {
    const field = box(300, 143, 180, 21);
    const next = box(413, 165, 182, 35);
    const controls = page(field, next);
    const spot = chooseSpot({ field, below: 164, size, pageRight: 1280, covers: (b) => controls.hits(b, 0) });
    expect(spot).toEqual({ x: 480 + GAP_AFTER, y: 144, side: 'after' });
  });

  it('stays under the field when beside it would leave the page or cover a control', () => {
    const field = box(100, 100, 1150, 20);
    const controls = page(field, box(1100, 122, 100, 20));
    expect(
      chooseSpot({ field, below: 120, size, pageRight: 1280, covers: (b) => controls.hits(b, 0) }).side,
    ).toBe('below');
    const narrow = box(100, 100, 300, 40);
    const crowded = page(narrow, box(300, 141, 100, 20), box(420, 100, 300, 40));
    const spot = chooseSpot({
      field: narrow,
      below: 140,
      size,
      pageRight: 1280,
      covers: (b) => crowded.hits(b, 0),
    });
    expect(spot).toEqual({ x: 400, y: 140 + GAP_BELOW, side: 'below' });
  });

  it('goes under the page’s own message, not over it', () => {
    const field = box(100, 200, 400, 40);
    const spot = chooseSpot({ field, below: 268, size, pageRight: 1280, covers: () => false });
    expect(spot.y).toBe(268 + GAP_BELOW);
  });

  it('never covers another control unless it falls back under the field (property)', () => {
    const arbBox = fc
      .record({ x: fc.integer({ min: 0, max: 1200 }), y: fc.integer({ min: 0, max: 600 }) })
      .chain(({ x, y }) =>
        fc
          .record({ w: fc.integer({ min: 1, max: 400 }), h: fc.integer({ min: 1, max: 120 }) })
          .map(({ w, h }) => box(x, y, w, h)),
      );
    fc.assert(
      fc.property(arbBox, fc.array(arbBox, { maxLength: 30 }), (field, others) => {
        const controls = page(field, ...others);
        const covers = (b: Box) => controls.hits(b, 0);
        const spot = chooseSpot({ field, below: field.bottom, size, pageRight: 1280, covers });
        const where = covered(spot, size.width, size.height);
        const naive = (b: Box) =>
          others.some((o) => b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom);
        if (spot.side === 'after') {
          expect(naive(where)).toBe(false);
          expect(where.right).toBeLessThanOrEqual(1280);
        } else if (naive(where)) {
          // Fallback: beside the field was no better.
          const level = Math.max(field.top, field.bottom - size.height);
          const beside = box(field.right + GAP_AFTER, level, size.width, size.height);
          expect(beside.right > 1280 || naive(beside)).toBe(true);
        }
      }),
    );
  });
});

describe('the badge’s estimated size', () => {
  it('keeps the counter’s width while the count grows to the limit', () => {
    const a = estimateBadgeSize('1 / 3\u202f000', []);
    const b = estimateBadgeSize('2\u202f999 / 3\u202f000', []);
    expect(a).toEqual(b);
    expect(a.height).toBe(20);
  });

  it('grows with each message, wrapping long ones within the badge’s maximum width', () => {
    const one = estimateBadgeSize('0 / 200', ['Ce champ est obligatoire.']);
    expect(one.height).toBe(36);
    const long = estimateBadgeSize('', ['x'.repeat(200)]);
    expect(long.width).toBe(420);
    expect(long.height).toBe(4 + 16 * 4);
  });

  it('is nothing for an empty badge', () => {
    expect(estimateBadgeSize('', [])).toEqual({ width: 0, height: 4 });
  });
});

describe('the controls index', () => {
  it('finds a control across its rows, ignores the field itself and touching edges', () => {
    const index = new RectIndex();
    index.add(box(0, 50, 100, 200), 'tall');
    index.add(box(0, 0, 0, 0), 'hidden');
    expect(index.hits(box(50, 230, 10, 10))).toBe(true);
    expect(index.hits(box(50, 230, 10, 10), 'tall')).toBe(false);
    expect(index.hits(box(100, 100, 10, 10))).toBe(false);
    expect(index.hits(box(0, 250, 10, 10))).toBe(false);
    expect(index.hits(box(-5, -5, 10, 10))).toBe(false);
  });
});
