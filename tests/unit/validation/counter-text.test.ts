import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterText, formatCount } from '@/utils/validation';

const N = '\u202f';

describe('counterText', () => {
  it('writes French thousands with a narrow no-break space', () => {
    expect(formatCount(1234)).toBe(`1${N}234`);
    expect(formatCount(1234567)).toBe(`1${N}234${N}567`);
    expect(formatCount(999)).toBe('999');
    expect(counterText(1234, 3000).text).toBe(`1${N}234 / 3${N}000`);
  });

  it('groups any integer’s digits by three from the right, sign kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), (n) => {
        const digits = String(Math.abs(n));
        const groups: string[] = [];
        for (let end = digits.length; end > 0; end -= 3)
          groups.unshift(digits.slice(Math.max(0, end - 3), end));
        expect(formatCount(n)).toBe((n < 0 ? '-' : '') + groups.join(N));
      }),
    );
    expect(formatCount(1000)).toBe(`1${N}000`);
    expect(formatCount(100000)).toBe(`100${N}000`);
    expect(formatCount(0)).toBe('0');
  });

  it('is ok below 90 % of the limit', () => {
    expect(counterText(2699, 3000).state).toBe('ok');
    expect(counterText(0, 10).state).toBe('ok');
  });

  it('warns from 90 % of the limit up to the limit itself', () => {
    expect(counterText(2700, 3000).state).toBe('warning');
    expect(counterText(2999, 3000).state).toBe('warning');
    expect(counterText(3000, 3000).state).toBe('warning');
    expect(counterText(9, 10).state).toBe('warning');
    expect(counterText(8, 10).state).toBe('ok');
  });

  it('is an error past the limit', () => {
    expect(counterText(3001, 3000).state).toBe('error');
  });

  it('gives the GOV.UK-style sentence for screen readers, singular and plural', () => {
    expect(counterText(2988, 3000).srText).toBe('Il vous reste 12 caractères');
    expect(counterText(2999, 3000).srText).toBe('Il vous reste 1 caractère');
    expect(counterText(3000, 3000).srText).toBe('Il ne vous reste aucun caractère');
    expect(counterText(3001, 3000).srText).toBe('1 caractère en trop');
    expect(counterText(3003, 3000).srText).toBe('3 caractères en trop');
    expect(counterText(4234, 3000).srText).toBe(`1${N}234 caractères en trop`);
  });

  it('shows a bare count when there is no limit', () => {
    expect(counterText(1234, null)).toEqual({
      text: `1${N}234`,
      state: 'ok',
      srText: `1${N}234 caractères saisis`,
    });
    expect(counterText(1, null).srText).toBe('1 caractère saisi');
  });
});
