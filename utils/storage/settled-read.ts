import type { Dossier } from '../dossier/model';
import type { CertifillDb } from './db';
import { getDb } from './db';
import { getActiveDossierId } from './dossier-store';
import { settleDrafts } from './drafts';
import { writeScope } from './write-scope';

/** The stored dossier with every pending editor draft merged first (reads for pre-fill, export). */
export function readDossierSettled(id: string, db: CertifillDb = getDb()): Promise<Dossier | undefined> {
  return db.transaction('rw', writeScope(db), async () => {
    await settleDrafts(id, db);
    return db.dossiers.get(id);
  });
}

/** The active dossier (or the latest edited), pending drafts merged. */
export async function readActiveDossierSettled(db: CertifillDb = getDb()): Promise<Dossier | undefined> {
  const id = (await getActiveDossierId(db)) ?? (await db.dossiers.orderBy('updatedAt').last())?.id;
  return id ? readDossierSettled(id, db) : undefined;
}
