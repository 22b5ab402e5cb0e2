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

/** Adds mappings from a colleague's export, all or nothing; existing ones for the same control are replaced. */
export async function importMappings(items: LearnedMapping[], db: CertifillDb = getDb()): Promise<number> {
  const parsed = items.map((m) => LearnedMapping.parse({ ...m, id: undefined }));
  await db.transaction('rw', db.mappings, async () => {
    for (const m of parsed) {
      await db.mappings
        .where('signature')
        .equals(m.signature)
        .filter((x) => x.host === m.host)
        .delete();
      await db.mappings.add(m);
    }
  });
  return parsed.length;
}
