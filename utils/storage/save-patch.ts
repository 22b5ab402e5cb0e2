import { Dossier } from '../dossier/model';
import type { CertifillDb } from './db';
import { getDb } from './db';
import { markDraftApplied, settleDrafts } from './drafts';
import { applyPatch, type Conflict, diffDossier, type PatchEntry } from './merge';
import type { Revision } from './records';
import { recordRevision } from './revision-store';
import { nextStamp } from './stamp';
import { writeScope } from './write-scope';

export interface WriteOptions {
  reason?: Revision['reason'];
  /** Who writes (an editor page's id, `capture`…): history coalesces only one writer's autosaves. */
  writer?: string;
  /** The editor's draft sequence number this patch carries (its pending draft is then merged). */
  seq?: number;
  /**
   * When the patch's last edit was made (ISO). Other pages' pending drafts edited earlier are merged
   * before the patch, those edited later after it: on a field both changed, the later edit wins.
   */
  editedAt?: string;
}

export interface PatchResult {
  dossier: Dossier;
  /** Slots another writer had changed since the patch's base: the patch's value won. */
  conflicts: Conflict[];
  /** False when the patch changed nothing in the stored dossier. */
  written: boolean;
}

async function writePatch(
  dossierId: string,
  entriesOf: (stored: Dossier) => readonly PatchEntry[],
  opts: WriteOptions,
  db: CertifillDb,
): Promise<PatchResult> {
  await settleDrafts(dossierId, db, { exceptWriter: opts.writer, before: opts.editedAt });
  const stored = await db.dossiers.get(dossierId);
  if (!stored) throw new Error('Dossier introuvable : il a peut-être été supprimé dans un autre onglet.');
  const { dossier, conflicts } = applyPatch(stored, entriesOf(stored));
  let result: PatchResult = { dossier: stored, conflicts, written: false };
  if (dossier !== stored) {
    const next = Dossier.parse({ ...dossier, updatedAt: nextStamp(stored.updatedAt) });
    await db.dossiers.put(next);
    await recordRevision(next, opts.reason ?? 'autosave', db, opts.writer);
    result = { dossier: next, conflicts, written: true };
  }
  if (opts.writer && opts.seq !== undefined) await markDraftApplied(dossierId, opts.writer, opts.seq, db);
  if (opts.editedAt !== undefined && (await settleDrafts(dossierId, db, { exceptWriter: opts.writer })) > 0) {
    const latest = await db.dossiers.get(dossierId);
    if (latest) result = { ...result, dossier: latest, written: true };
  }
  return result;
}

/**
 * Writes only the slots a writer changed, in one transaction against the stored dossier: pending
 * drafts of other editor pages are merged first, slots nobody else touched keep the stored value,
 * and on a slot changed meanwhile the patch wins (reported in `conflicts`, the replaced version in
 * history). Throws a ZodError when the result is malformed: nothing is written then.
 */
export function saveDossierPatch(
  dossierId: string,
  entries: readonly PatchEntry[],
  opts: WriteOptions = {},
  db: CertifillDb = getDb(),
): Promise<PatchResult> {
  return db.transaction('rw', writeScope(db), () => writePatch(dossierId, () => entries, opts, db));
}

/**
 * Changes a dossier from its stored value (capture, rename, attachments): the change is computed
 * inside the transaction, so only what it changed is written and nothing another writer saved is lost.
 */
export function mutateDossier(
  dossierId: string,
  change: (stored: Dossier) => Dossier,
  opts: WriteOptions = {},
  db: CertifillDb = getDb(),
): Promise<PatchResult> {
  return db.transaction('rw', writeScope(db), () =>
    writePatch(dossierId, (stored) => diffDossier(stored, change(stored)), opts, db),
  );
}
