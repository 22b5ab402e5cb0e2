import { ZodError } from 'zod';
import { Dossier } from '../dossier/model';
import type { CertifillDb } from './db';
import { getDb } from './db';
import { applyPatch, type PatchEntry } from './merge';
import { PendingDraft } from './records';
import { recordRevision } from './revision-store';
import { nextStamp } from './stamp';
import { writeScope } from './write-scope';

/** What an editor page sends: its edits not yet merged, numbered so an older copy never wins. */
export interface DraftInput {
  dossierId: string;
  writer: string;
  seq: number;
  entries: PatchEntry[];
  /** When the last of these edits was made (ISO); decides the order against other writers' saves. */
  editedAt?: string;
}

export const draftKey = (dossierId: string, writer: string) => `${dossierId}|${writer}`;

/** Keeps a newer draft of a writer (an older or equal one changes nothing). Inside a transaction with drafts. */
async function keepDraft(input: DraftInput, db: CertifillDb): Promise<void> {
  const key = draftKey(input.dossierId, input.writer);
  const row = await db.drafts.get(key);
  if (row && row.seq >= input.seq) return;
  if (row && row.appliedSeq >= input.seq) return;
  const { editedAt, ...draft } = input;
  await db.drafts.put(
    PendingDraft.parse({
      ...draft,
      key,
      appliedSeq: row?.appliedSeq ?? -1,
      writtenAt: editedAt ?? new Date().toISOString(),
    }),
  );
}

/** Writes the draft of an editor page as it types (its own transaction: drafts only). */
export async function writeDraft(input: DraftInput, db: CertifillDb = getDb()): Promise<void> {
  await db.transaction('rw', db.drafts, () => keepDraft(input, db));
}

/** Records that a writer's edits up to `seq` are in the dossier. Inside a transaction with drafts. */
export async function markDraftApplied(dossierId: string, writer: string, seq: number, db: CertifillDb) {
  const key = draftKey(dossierId, writer);
  const row = await db.drafts.get(key);
  const appliedSeq = Math.max(seq, row?.appliedSeq ?? -1);
  const pending = row && row.seq > appliedSeq ? row.entries : [];
  await db.drafts.put({
    key,
    dossierId,
    writer,
    seq: Math.max(seq, row?.seq ?? -1),
    appliedSeq,
    entries: pending,
    writtenAt: row?.writtenAt ?? new Date().toISOString(),
  });
}

export interface SettleOptions {
  /** The writer about to save (its own draft is the patch it saves). */
  exceptWriter?: string;
  /** Only drafts edited before this time (ISO): the later edit is written last, so it wins. */
  before?: string;
}

/**
 * Merges the pending drafts of a dossier into it, oldest first, each as its writer's autosave.
 * Inside a transaction over writeScope. A draft the dossier cannot take (a value over its limit)
 * stays pending for its editor to report; it never blocks other writes.
 */
export async function settleDrafts(
  dossierId: string,
  db: CertifillDb,
  opts: SettleOptions = {},
): Promise<number> {
  const rows = (await db.drafts.where('dossierId').equals(dossierId).toArray())
    .filter((r) => r.writer !== opts.exceptWriter && r.seq > r.appliedSeq && r.entries.length > 0)
    .filter((r) => opts.before === undefined || r.writtenAt < opts.before)
    .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
  let applied = 0;
  for (const row of rows) {
    const stored = await db.dossiers.get(dossierId);
    if (!stored) {
      await db.drafts.delete(row.key); // The dossier was deleted: nothing left to merge into.
      continue;
    }
    const { dossier } = applyPatch(stored, row.entries);
    try {
      const next = Dossier.parse({ ...dossier, updatedAt: nextStamp(stored.updatedAt) });
      await db.dossiers.put(next);
      await recordRevision(next, 'autosave', db, row.writer);
    } catch (e) {
      if (e instanceof ZodError) continue;
      throw e;
    }
    await db.drafts.put({ ...row, appliedSeq: row.seq, entries: [] });
    applied++;
  }
  return applied;
}

/**
 * Keeps and merges at once a draft sent by a closing editor page (or rescued from its local copy).
 * Returns true when the dossier holds the draft's edits afterwards.
 */
export async function applyDraft(input: DraftInput, db: CertifillDb = getDb()): Promise<boolean> {
  return db.transaction('rw', writeScope(db), async () => {
    await keepDraft(input, db);
    await settleDrafts(input.dossierId, db);
    const row = await db.drafts.get(draftKey(input.dossierId, input.writer));
    return !row || row.appliedSeq >= input.seq || !(await db.dossiers.get(input.dossierId));
  });
}

/** Merges every pending draft (at the editor's start, after a crash). Returns how many were merged. */
export async function settleAllDrafts(db: CertifillDb = getDb()): Promise<number> {
  const ids = new Set(
    (await db.drafts.toArray()).filter((r) => r.seq > r.appliedSeq).map((r) => r.dossierId),
  );
  let applied = 0;
  for (const id of ids) applied += await db.transaction('rw', writeScope(db), () => settleDrafts(id, db));
  return applied;
}
