/**
 * Calls `check` until it stops throwing, every `interval` ms, and gives what it returns; after `timeout` ms,
 * throws its last error. Plain JavaScript, so that the unit tests (tests/helpers/eventually.ts) and the
 * end-to-end tests, which run in plain Node, share it.
 * @template T
 * @param {() => Promise<T> | T} check
 * @param {number} timeout
 * @param {number} interval
 * @returns {Promise<T>}
 */
export async function poll(check, timeout, interval) {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() - started > timeout) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}
