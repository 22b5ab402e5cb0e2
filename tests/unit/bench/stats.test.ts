import { describe, expect, it } from 'vitest';
import { formatInterval, median, medianInterval } from '../../../scripts/bench/stats.mjs';

describe('the interval printed beside a bench figure', () => {
  it('brackets the median by order statistics, wider for fewer samples', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    // n = 100: k = ⌊50 − 9.8⌋ = 40 → the 40th and 61st values.
    expect(medianInterval(values)).toEqual([40, 61]);
    const few = medianInterval(values.slice(0, 10)) as [number, number];
    expect(few[0]).toBeLessThanOrEqual(median(values.slice(0, 10)));
    expect(few[1]).toBeGreaterThanOrEqual(median(values.slice(0, 10)));
    expect(few[1] - few[0]).toBeGreaterThan(61 - 40 - 15);
  });

  it('ignores the order of the samples and anything not finite', () => {
    expect(medianInterval([5, Number.NaN, 1, 3, Number.POSITIVE_INFINITY, 2, 4, 6])).toEqual(
      medianInterval([1, 2, 3, 4, 5, 6]),
    );
  });

  it('gives the whole range under six samples, nothing for none', () => {
    expect(medianInterval([3, 1.234, 2])).toEqual([1.23, 3]);
    expect(medianInterval([])).toBeNull();
    expect(formatInterval(null)).toBe('');
    expect(formatInterval([1.02, 1.08])).toBe('[1.02 – 1.08]');
  });
});
