import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDueTimer, WINDOW_TIMERS } from '@/entrypoints/certifpro.content/due-timer';

afterEach(() => vi.useRealTimers());

describe('the due timer', () => {
  it('while armed, moves only later; once run, takes any new due time', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const run = vi.fn();
    const due = createDueTimer(run, WINDOW_TIMERS);
    const t0 = Date.now();
    due.at(t0 + 500);
    due.at(t0 + 100); // earlier: ignored while the timer is armed
    vi.advanceTimersByTime(499);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(due.pending()).toBe(false);
    due.at(Date.now() + 50);
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
