/** Names browsers and Dexie give to a full disk or origin quota. */
const QUOTA_NAMES = new Set([
  'QuotaExceededError',
  'NS_ERROR_DOM_QUOTA_REACHED',
  'NS_ERROR_FILE_NO_DEVICE_SPACE',
]);
/** DOMException codes of the same (22 everywhere, 1014 in old Firefox). */
const QUOTA_CODES = new Set([22, 1014]);

/**
 * True when an error, however wrapped, comes from storage being full: Dexie reports it as the
 * `inner` error of an AbortError (or among a BulkError's `failures`), other code as `cause`.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (depth > 6 || e === null || typeof e !== 'object') return false;
  const x = e as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (typeof x.name === 'string' && QUOTA_NAMES.has(x.name)) return true;
  if (
    typeof x.code === 'number' &&
    QUOTA_CODES.has(x.code) &&
    typeof DOMException !== 'undefined' &&
    e instanceof DOMException
  )
    return true;
  if (
    typeof x.message === 'string' &&
    /QuotaExceededError|quota (has been )?exceeded|no space left/i.test(x.message)
  )
    return true;
  if (isQuotaError(x.inner, depth + 1) || isQuotaError(x.cause, depth + 1)) return true;
  return Array.isArray(x.failures) && x.failures.some((f) => isQuotaError(f, depth + 1));
}
