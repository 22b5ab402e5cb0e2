import { vi } from 'vitest';

/**
 * happy-dom lays nothing out: every box is 0 × 0, so every control would count as invisible.
 * This gives each element a box: `data-rect="left,top,width,height"` when the test sets one,
 * else 200 × 24 px at (10, 10); an element that is not rendered (`display: none` on it or an
 * ancestor) keeps 0 × 0, as in a browser. Call it in `beforeEach`; vitest's `restoreMocks` undoes it.
 */
export function fakeLayout(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const rendered = typeof this.checkVisibility !== 'function' || this.checkVisibility();
    const given = this.getAttribute('data-rect')?.split(',').map(Number);
    const [left, top, width, height] = rendered ? (given ?? [10, 10, 200, 24]) : [0, 0, 0, 0];
    return new DOMRect(left, top, width, height);
  });
}
