export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

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
 * yet never waits longer than `maxWait` (Bitwarden's adaptive wait, anchors §2.5).
 */
export function createScheduler(
  flush: () => void,
  timers: Timers,
  opts: SchedulerOptions = DEFAULT_SCHEDULE,
) {
  let timer: number | null = null;
  let burst = 0;
  let firstAt = 0;
  const fire = () => {
    timer = null;
    burst = 0;
    flush();
  };
  return {
    poke(): void {
      const now = timers.now();
      if (timer === null) {
        firstAt = now;
        burst = 0;
      } else {
        timers.clearTimeout(timer);
        burst += 1;
      }
      const left = opts.maxWait - (now - firstAt);
      const wait = Math.max(0, Math.min(opts.base + opts.step * burst, opts.max, left));
      timer = timers.setTimeout(fire, wait);
    },
    cancel(): void {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
    pending: () => timer !== null,
  };
}
