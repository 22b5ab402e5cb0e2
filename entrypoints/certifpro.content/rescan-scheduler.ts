import { createDueTimer, type Timers } from './due-timer';

export type { Timers };

export interface SchedulerOptions {
  /** Quiet time before a flush. */
  base: number;
  /** Added to the wait for each further batch that arrives while one is pending. */
  step: number;
  /** Longest wait between two batches. */
  max: number;
  /** A flush happens at the latest this long after the first pending batch. */
  maxWait: number;
}

export const DEFAULT_SCHEDULE: SchedulerOptions = { base: 150, step: 250, max: 2000, maxWait: 5000 };

/**
 * Trailing debounce that backs off while mutations keep coming (a spinner, a streaming list),
 * yet never waits longer than `maxWait` (Bitwarden's adaptive wait, anchors §2.5). A page that
 * writes its own counter pokes on every keystroke: the wait only moves a due time (one timer).
 */
export function createScheduler(
  flush: () => void,
  timers: Timers,
  opts: SchedulerOptions = DEFAULT_SCHEDULE,
) {
  const due = createDueTimer(flush, timers);
  let burst = 0;
  let firstAt = 0;
  return {
    poke(): void {
      const now = timers.now();
      if (due.pending()) burst += 1;
      else {
        firstAt = now;
        burst = 0;
      }
      const left = opts.maxWait - (now - firstAt);
      due.at(now + Math.max(0, Math.min(opts.base + opts.step * burst, opts.max, left)));
    },
    cancel: due.cancel,
    pending: due.pending,
  };
}
