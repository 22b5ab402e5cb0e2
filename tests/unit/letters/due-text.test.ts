import { describe, expect, it } from 'vitest';
import { daysLeftText, dueState, dueText, longDate } from '@/utils/comments/due-text';

describe('due date text', () => {
  it('says the due date and the days left, in French with no-break spaces', () => {
    expect(dueText('2027-01-15', '2026-12-02')).toBe(
      'À rendre le 15\u00a0janvier\u00a02027 — dans 44\u00a0jours',
    );
    expect(longDate('2027-02-01')).toBe('1ᵉʳ\u00a0février\u00a02027');
  });

  it('counts across months and years and names the close days', () => {
    expect(daysLeftText('2026-03-01', '2026-02-28')).toBe('demain');
    expect(daysLeftText('2024-03-01', '2024-02-28')).toBe('dans 2\u00a0jours');
    expect(daysLeftText('2026-12-02', '2026-12-02')).toBe('aujourd’hui');
    expect(daysLeftText('2026-12-01', '2026-12-02')).toBe('échéance dépassée depuis hier');
    expect(daysLeftText('2026-11-20', '2026-12-02')).toBe('échéance dépassée depuis 12\u00a0jours');
  });

  it('tells late, today, within a week and later apart', () => {
    expect(dueState('2026-12-01', '2026-12-02')).toBe('late');
    expect(dueState('2026-12-02', '2026-12-02')).toBe('today');
    expect(dueState('2026-12-09', '2026-12-02')).toBe('soon');
    expect(dueState('2026-12-10', '2026-12-02')).toBe('later');
  });
});
