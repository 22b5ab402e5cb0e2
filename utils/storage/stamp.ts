/**
 * The `updatedAt` of a new version: now, or a millisecond after the previous version when the clock
 * has not moved (two writers within one millisecond), so every write of a dossier changes its stamp
 * and editors can tell versions apart by it.
 */
export function nextStamp(previous: string | undefined, now = Date.now()): string {
  const before = previous ? Date.parse(previous) : Number.NaN;
  return new Date(Number.isFinite(before) && before >= now ? before + 1 : now).toISOString();
}
