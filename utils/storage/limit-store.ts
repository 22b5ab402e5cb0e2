import { type CertifillDb, getDb } from './db';
import { PageLimit } from './records';

export async function listPageLimits(db: CertifillDb = getDb()): Promise<PageLimit[]> {
  return db.pageLimits.toArray();
}

/** Remembers the limit a platform page states for a field (the latest reading wins). */
export async function rememberPageLimit(
  input: Omit<PageLimit, 'seenAt'>,
  db: CertifillDb = getDb(),
): Promise<void> {
  const current = await db.pageLimits.get(input.fieldId);
  if (current?.limit === input.limit && current.source === input.source && current.counts === input.counts)
    return;
  await db.pageLimits.put(PageLimit.parse({ ...input, seenAt: new Date().toISOString() }));
}
