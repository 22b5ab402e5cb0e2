import { Dossier, toDto } from '../dossier/model';
import type { CertifillDb } from './db';
import { getDb } from './db';
import type { Revision } from './records';

/** Autosaves closer than this to the previous autosave update it instead of adding a revision. */
const COALESCE_MS = 2 * 60_000;
const KEEP = 60;

/** Called inside saveDossier's transaction. */
export async function recordRevision(d: Dossier, reason: Revision['reason'], db: CertifillDb): Promise<void> {
  const last = await db.revisions.where('dossierId').equals(d.id).last();
  const snapshot = toDto(d);
  const now = d.updatedAt;
  if (
    last?.id !== undefined &&
    reason === 'autosave' &&
    last.reason === 'autosave' &&
    Date.parse(now) - Date.parse(last.savedAt) < COALESCE_MS
  ) {
    await db.revisions.update(last.id, { snapshot });
    return;
  }
  await db.revisions.add({ dossierId: d.id, savedAt: now, reason, snapshot });
  const ids = await db.revisions.where('dossierId').equals(d.id).primaryKeys();
  if (ids.length > KEEP) await db.revisions.bulkDelete(ids.slice(0, ids.length - KEEP));
}

export async function listRevisions(dossierId: string, db: CertifillDb = getDb()): Promise<Revision[]> {
  return (await db.revisions.where('dossierId').equals(dossierId).toArray()).reverse();
}

/**
 * Brings a dossier back to a revision. Attachments still on the dossier keep their bytes;
 * attachments removed since the revision cannot be brought back and are listed as lost.
 */
export async function restoreRevision(
  revisionId: number,
  db: CertifillDb = getDb(),
): Promise<{ dossier: Dossier; lostAttachments: string[] }> {
  const rev = await db.revisions.get(revisionId);
  if (!rev) throw new Error('Version introuvable');
  const current = await db.dossiers.get(rev.dossierId);
  const blobs = new Map(current?.attachments.map((a) => [a.id, a.blob]) ?? []);
  const lost = rev.snapshot.attachments.filter((a) => !blobs.has(a.id)).map((a) => a.name);
  const attachments = rev.snapshot.attachments.flatMap((a) => {
    const blob = blobs.get(a.id);
    return blob ? [{ ...a, blob }] : [];
  });
  const restored = Dossier.parse({ ...rev.snapshot, attachments, updatedAt: new Date().toISOString() });
  await db.transaction('rw', db.dossiers, db.revisions, async () => {
    await db.dossiers.put(restored);
    await recordRevision(restored, 'restore', db);
  });
  return { dossier: restored, lostAttachments: lost };
}
