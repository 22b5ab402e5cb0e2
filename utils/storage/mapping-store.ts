import { mappingErrors } from '../transfer/catalogue-check';
import { type CertifillDb, getDb } from './db';
import { LearnedMapping } from './records';

export async function listMappings(db: CertifillDb = getDb()): Promise<LearnedMapping[]> {
  return db.mappings.toArray();
}

/** Saves a taught mapping; a newer teaching of the same control on the same host replaces the older. */
export async function saveMapping(
  input: Omit<LearnedMapping, 'id' | 'createdAt'>,
  db: CertifillDb = getDb(),
): Promise<LearnedMapping> {
  const m = LearnedMapping.parse({ ...input, createdAt: new Date().toISOString() });
  const [problem] = mappingErrors([m]);
  if (problem) throw new Error(problem.replace(/^mappings\[0\]\.fieldPath : /, ''));
  return db.transaction('rw', db.mappings, async () => {
    await db.mappings
      .where('signature')
      .equals(m.signature)
      .filter((x) => x.host === m.host)
      .delete();
    const id = await db.mappings.add(m);
    return { ...m, id };
  });
}

export async function deleteMapping(id: number, db: CertifillDb = getDb()): Promise<void> {
  await db.mappings.delete(id);
}

const sameTeaching = (a: LearnedMapping, b: LearnedMapping) =>
  a.signature === b.signature &&
  a.host === b.host &&
  a.pathPattern === b.pathPattern &&
  a.fieldPath === b.fieldPath;

/**
 * Adds mappings from a colleague's export (inside the caller's transaction, or its own): one already
 * known here (same control, host, pages and field) is not added twice; an other teaching of the same
 * control on the same host is replaced. Returns how many were added.
 */
export async function mergeMappings(items: LearnedMapping[], db: CertifillDb = getDb()): Promise<number> {
  const parsed = items.map((m) => LearnedMapping.parse({ ...m, id: undefined }));
  return db.transaction('rw', db.mappings, async () => {
    let added = 0;
    for (const m of parsed) {
      const same = await db.mappings
        .where('signature')
        .equals(m.signature)
        .filter((x) => x.host === m.host)
        .toArray();
      if (same.some((x) => sameTeaching(x, m))) continue;
      await db.mappings.bulkDelete(same.flatMap((x) => (x.id === undefined ? [] : [x.id])));
      await db.mappings.add(m);
      added++;
    }
    return added;
  });
}

/** Adds mappings from a colleague's export, all or nothing (see mergeMappings). */
export async function importMappings(items: LearnedMapping[], db: CertifillDb = getDb()): Promise<number> {
  return mergeMappings(items, db);
}
