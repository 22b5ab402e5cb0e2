import { Dossier, toDto } from '../dossier/model';
import type { CertifillDb } from './db';
import { getDb } from './db';
import { dropUnreferencedFiles } from './file-gc';
import type { Revision } from './records';

/** Autosaves of one writer closer than this to its previous autosave update it instead of adding one. */
const COALESCE_MS = 2 * 60_000;
const KEEP = 60;

/**
 * Called inside the saving transaction (which must include revisions and files). A save by another
 * writer than the last revision's always adds a revision, so the version it replaced stays restorable.
 */
export async function recordRevision(
  d: Dossier,
  reason: Revision['reason'],
  db: CertifillDb,
  writer?: string,
): Promise<void> {
  const last = await db.revisions.where('dossierId').equals(d.id).last();
  const snapshot = toDto(d);
  const now = d.updatedAt;
  if (
    last?.id !== undefined &&
    reason === 'autosave' &&
    last.reason === 'autosave' &&
    writer !== undefined &&
    last.writer === writer &&
    Date.parse(now) - Date.parse(last.savedAt) < COALESCE_MS
  ) {
    await db.revisions.update(last.id, { snapshot });
    return;
  }
  await db.revisions.add({ dossierId: d.id, savedAt: now, reason, snapshot, ...(writer ? { writer } : {}) });
  const ids = await db.revisions.where('dossierId').equals(d.id).primaryKeys();
  if (ids.length > KEEP) {
    const dropped = ids.slice(0, ids.length - KEEP);
    const fileIds = (await db.revisions.bulkGet(dropped)).flatMap(
      (r) => r?.snapshot.attachments.map((a) => a.id) ?? [],
    );
    await db.revisions.bulkDelete(dropped);
    await dropUnreferencedFiles(d.id, fileIds, db);
  }
}

export async function listRevisions(dossierId: string, db: CertifillDb = getDb()): Promise<Revision[]> {
  return (await db.revisions.where('dossierId').equals(dossierId).toArray()).reverse();
}

/**
 * Brings a dossier back to a revision. Attachments come back with it while their bytes are kept
 * (history keeps them); those whose bytes are gone are listed as lost.
 */
export async function restoreRevision(
  revisionId: number,
  db: CertifillDb = getDb(),
  writer?: string,
): Promise<{ dossier: Dossier; lostAttachments: string[] }> {
  return db.transaction('rw', [db.dossiers, db.revisions, db.files], async () => {
    const rev = await db.revisions.get(revisionId);
    if (!rev) throw new Error('Version introuvable');
    const kept = new Set(
      await db.files
        .where('id')
        .anyOf(rev.snapshot.attachments.map((a) => a.id))
        .primaryKeys(),
    );
    const lost = rev.snapshot.attachments.filter((a) => !kept.has(a.id)).map((a) => a.name);
    const attachments = rev.snapshot.attachments.filter((a) => kept.has(a.id));
    const restored = Dossier.parse({ ...rev.snapshot, attachments, updatedAt: new Date().toISOString() });
    await db.dossiers.put(restored);
    await recordRevision(restored, 'restore', db, writer);
    return { dossier: restored, lostAttachments: lost };
  });
}
