import type { Repertoire } from '../catalogue';
import { createDossier, duplicateDossier } from '../dossier/factory';
import { Dossier } from '../dossier/model';
import { type CertifillDb, getDb } from './db';
import { settleDrafts } from './drafts';
import { copyAttachmentFiles } from './file-store';
import type { Revision } from './records';
import { recordRevision } from './revision-store';
import { mutateDossier } from './save-patch';
import { writeScope } from './write-scope';

export async function listDossiers(db: CertifillDb = getDb()): Promise<Dossier[]> {
  return db.dossiers.orderBy('updatedAt').reverse().toArray();
}

export async function getDossier(id: string, db: CertifillDb = getDb()): Promise<Dossier | undefined> {
  return db.dossiers.get(id);
}

/**
 * Validates and writes a whole dossier, then keeps a restorable revision: for a new dossier only
 * (creation, copy). Changes to a stored dossier go through saveDossierPatch or mutateDossier, which
 * merge with what other writers saved. Throws a ZodError when malformed: nothing is written then.
 */
export async function saveDossier(
  dossier: Dossier,
  reason: Revision['reason'] = 'create',
  db: CertifillDb = getDb(),
): Promise<Dossier> {
  const next = Dossier.parse({ ...dossier, updatedAt: new Date().toISOString() });
  await db.transaction('rw', writeScope(db), async () => {
    await db.dossiers.put(next);
    await recordRevision(next, reason, db);
  });
  return next;
}

export async function addDossier(repertoire: Repertoire, name?: string, db: CertifillDb = getDb()) {
  return saveDossier(createDossier(repertoire, name), 'create', db);
}

/** A copy of the dossier with its own attachments (bytes copied under new ids). */
export async function copyDossier(id: string, db: CertifillDb = getDb()): Promise<Dossier> {
  return db.transaction('rw', [...writeScope(db)], async () => {
    await settleDrafts(id, db);
    const source = await db.dossiers.get(id);
    if (!source) throw new Error('Dossier introuvable');
    const copy = duplicateDossier(source);
    await copyAttachmentFiles(
      source.attachments.map((a, i) => ({ from: a.id, to: copy.attachments[i]?.id ?? a.id })),
      db,
    );
    return saveDossier(copy, 'create', db);
  });
}

export async function renameDossier(id: string, name: string, db: CertifillDb = getDb()) {
  return (await mutateDossier(id, (d) => ({ ...d, name }), { reason: 'rename' }, db)).dossier;
}

/** Deletes the dossier with its history, requests and tracked comments, attachment bytes and pending drafts. */
export async function deleteDossier(id: string, db: CertifillDb = getDb()): Promise<void> {
  await db.transaction('rw', [...writeScope(db), db.comments, db.requests, db.settings], async () => {
    const fileIds = new Set((await db.dossiers.get(id))?.attachments.map((a) => a.id));
    await db.revisions
      .where('dossierId')
      .equals(id)
      .each((r) => {
        for (const a of r.snapshot.attachments) fileIds.add(a.id);
      });
    await db.files.bulkDelete([...fileIds]);
    await db.drafts.where('dossierId').equals(id).delete();
    await db.dossiers.delete(id);
    await db.revisions.where('dossierId').equals(id).delete();
    await db.comments.where('dossierId').equals(id).delete();
    await db.requests.where('dossierId').equals(id).delete();
    if ((await db.settings.get('activeDossierId'))?.value === id) await db.settings.delete('activeDossierId');
  });
}

export async function getActiveDossierId(db: CertifillDb = getDb()): Promise<string | null> {
  const v = (await db.settings.get('activeDossierId'))?.value;
  return typeof v === 'string' ? v : null;
}

export async function setActiveDossierId(id: string | null, db: CertifillDb = getDb()): Promise<void> {
  if (id === null) await db.settings.delete('activeDossierId');
  else await db.settings.put({ key: 'activeDossierId', value: id });
}

/** The active dossier, or the most recently edited one when none was chosen. */
export async function getActiveDossier(db: CertifillDb = getDb()): Promise<Dossier | undefined> {
  const id = await getActiveDossierId(db);
  const chosen = id ? await db.dossiers.get(id) : undefined;
  return chosen ?? (await db.dossiers.orderBy('updatedAt').last());
}
