import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '@/utils/comments/deadline';
import { receiptHint } from '@/utils/comments/receipt-hint';

const fromReceipt: DeadlineRule = { kind: 'duration', amount: 30, unit: 'jours', from: 'reception' };
const fromLetter: DeadlineRule = { kind: 'duration', amount: 30, unit: 'jours', from: 'courrier' };
const stated: DeadlineRule = { kind: 'date', date: { day: 15, month: 1, year: 2027 } };

describe('the word on « Reçue le »', () => {
  it('asks to check the receipt date when the letter is dated long before it', () => {
    expect(receiptHint({ rule: fromReceipt, letterDate: '2026-01-08' }, '2026-12-03')).toBe(
      'Le courrier est daté du 8\u00a0janvier\u00a02026\u00a0: s’il vous est parvenu avant le 3\u00a0décembre\u00a02026, corrigez «\u00a0Reçue\u00a0le\u00a0», car le délai court à partir de la réception.',
    );
  });

  it('says nothing for a usual delivery time (up to a week)', () => {
    expect(receiptHint({ rule: fromReceipt, letterDate: '2026-01-08' }, '2026-01-08')).toBeNull();
    expect(receiptHint({ rule: fromReceipt, letterDate: '2026-01-08' }, '2026-01-15')).toBeNull();
    expect(receiptHint({ rule: fromReceipt, letterDate: '2026-01-08' }, '2026-01-16')).not.toBeNull();
  });

  it('points out a receipt date before the letter’s own date', () => {
    expect(receiptHint({ rule: fromReceipt, letterDate: '2026-01-08' }, '2026-01-07')).toMatch(
      /^Le courrier est daté du 8\u00a0janvier\u00a02026, après le jour de réception indiqué/,
    );
  });

  it('says nothing when the receipt date does not count: a stated date, a time from the letter’s date', () => {
    expect(receiptHint({ rule: stated, letterDate: '2026-01-08' }, '2026-12-03')).toBeNull();
    expect(receiptHint({ rule: fromLetter, letterDate: '2026-01-08' }, '2026-12-03')).toBeNull();
  });

  it('says nothing without the letter’s date, a deadline or a receipt date', () => {
    expect(receiptHint({ rule: fromReceipt, letterDate: null }, '2026-12-03')).toBeNull();
    expect(receiptHint(null, '2026-12-03')).toBeNull();
    expect(receiptHint({ rule: fromReceipt, letterDate: '2026-01-08' }, '')).toBeNull();
  });
});
