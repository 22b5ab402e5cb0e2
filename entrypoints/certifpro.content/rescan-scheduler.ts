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
 * One timer at a time: a poke only moves the due time, and the timer, when it fires early, waits
 * for the rest. A page that writes its own counter on every keystroke pokes once per key; clearing
 * and setting a timer each time cost more than the rest of our keystroke.
 */
export function createScheduler(
  flush: () => void,
  timers: Timers,
  opts: SchedulerOptions = DEFAULT_SCHEDULE,
) {
  let timer: number | null = null;
  let pending = false;
  let dueAt = 0;
  let burst = 0;
  let firstAt = 0;
  const arm = (now: number) => {
    timer = timers.setTimeout(fire, Math.max(0, dueAt - now));
  };
  function fire(): void {
    timer = null;
    const now = timers.now();
    if (now < dueAt) {
      arm(now); // poked meanwhile: wait for the rest
      return;
    }
    pending = false;
    flush();
  }
  return {
    poke(): void {
      const now = timers.now();
      if (pending) burst += 1;
      else {
        pending = true;
        firstAt = now;
        burst = 0;
      }
      const left = opts.maxWait - (now - firstAt);
      // Never earlier than before: the wait grows with the burst and the cap is fixed.
      dueAt = Math.max(dueAt, now + Math.max(0, Math.min(opts.base + opts.step * burst, opts.max, left)));
      if (timer === null) arm(now);
    },
    cancel(): void {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      pending = false;
    },
    pending: () => pending,
  };
}
