import type { CertifillDb } from './db';

/** Tables every dossier write holds in its one transaction (pending drafts are merged first). */
export function writeScope(db: CertifillDb) {
  return [db.dossiers, db.revisions, db.files, db.drafts];
}
