import type { Repertoire } from '../catalogue';
import { createDossier, duplicateDossier } from '../dossier/factory';
import { Dossier } from '../dossier/model';
import { type CertifillDb, getDb } from './db';
import type { Revision } from './records';
import { recordRevision } from './revision-store';

export async function listDossiers(db: CertifillDb = getDb()): Promise<Dossier[]> {
  return db.dossiers.orderBy('updatedAt').reverse().toArray();
}

export async function getDossier(id: string, db: CertifillDb = getDb()): Promise<Dossier | undefined> {
  return db.dossiers.get(id);
}

/**
 * Validates and writes a dossier, then keeps a restorable revision (autosaves are coalesced).
 * Throws a ZodError when the dossier is malformed: nothing is written then.
 */
export async function saveDossier(
  dossier: Dossier,
  reason: Revision['reason'] = 'autosave',
  db: CertifillDb = getDb(),
): Promise<Dossier> {
  const next = Dossier.parse({ ...dossier, updatedAt: new Date().toISOString() });
  await db.transaction('rw', db.dossiers, db.revisions, async () => {
    await db.dossiers.put(next);
    await recordRevision(next, reason, db);
  });
  return next;
}

export async function addDossier(repertoire: Repertoire, name?: string, db: CertifillDb = getDb()) {
  return saveDossier(createDossier(repertoire, name), 'create', db);
}

export async function copyDossier(id: string, db: CertifillDb = getDb()): Promise<Dossier> {
  const source = await db.dossiers.get(id);
  if (!source) throw new Error('Dossier introuvable');
  return saveDossier(duplicateDossier(source), 'create', db);
}

export async function renameDossier(id: string, name: string, db: CertifillDb = getDb()) {
  const d = await db.dossiers.get(id);
  if (!d) throw new Error('Dossier introuvable');
  return saveDossier({ ...d, name }, 'rename', db);
}

/** Deletes the dossier with its history and tracked comments. */
export async function deleteDossier(id: string, db: CertifillDb = getDb()): Promise<void> {
  await db.transaction('rw', [db.dossiers, db.revisions, db.comments, db.settings], async () => {
    await db.dossiers.delete(id);
    await db.revisions.where('dossierId').equals(id).delete();
    await db.comments.where('dossierId').equals(id).delete();
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
