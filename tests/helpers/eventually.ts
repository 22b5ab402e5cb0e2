import { poll } from './poll.mjs';

/**
 * Waits until `check` passes (Dexie writes, debounced saves and lazily loaded chunks are
 * asynchronous). The timeout is only how long a failure takes to be reported: a passing check
 * returns at once, so it is generous enough for a loaded 2-core machine, like Testing Library's
 * asyncUtilTimeout in tests/setup.ts.
 */
export const eventually = <T>(check: () => Promise<T> | T, timeout = 10_000): Promise<T> =>
  poll(check, timeout, 25);
