export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

/** The page's own timers, looked up at each call (so that fake timers in tests apply). */
export const WINDOW_TIMERS: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  now: () => Date.now(),
};

/**
 * Runs `run` once the due time is reached, with one timer at a time: moving the due time sets no
 * new timer, and a timer that fires early waits for the rest. For debounces poked on every
 * keystroke, where clearing and setting a timer each time cost more than the keystroke's own work.
 * While a timer is armed the due time only moves later: an earlier one is ignored (the armed
 * timer could not honour it anyway).
 */
export function createDueTimer(run: () => void, timers: Timers) {
  let timer: number | null = null;
  let dueAt = 0;
  const fire = () => {
    const now = timers.now();
    timer = now < dueAt ? timers.setTimeout(fire, dueAt - now) : null;
    if (timer === null) run();
  };
  return {
    /** Sets the due time (epoch ms, as `timers.now()`), arming the timer if none is pending. */
    at(time: number): void {
      if (timer !== null) {
        dueAt = Math.max(dueAt, time);
        return;
      }
      dueAt = time;
      timer = timers.setTimeout(fire, Math.max(0, time - timers.now()));
    },
    cancel(): void {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
    pending: () => timer !== null,
  };
}
