import { type CertifillDb, getDb } from './db';
import { type CommentStatus, TrackedComment } from './records';

export async function listComments(dossierId: string, db: CertifillDb = getDb()): Promise<TrackedComment[]> {
  const items = await db.comments.where('dossierId').equals(dossierId).toArray();
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.position - b.position);
}

export async function addComments(items: TrackedComment[], db: CertifillDb = getDb()): Promise<void> {
  const parsed = items.map((c) => TrackedComment.parse(c));
  await db.comments.bulkPut(parsed);
}

export async function updateComment(
  id: string,
  patch: Partial<
    Pick<TrackedComment, 'status' | 'note' | 'answer' | 'criterion' | 'criterionByUser' | 'fields'>
  >,
  db: CertifillDb = getDb(),
): Promise<TrackedComment> {
  return db.transaction('rw', db.comments, async () => {
    const current = await db.comments.get(id);
    if (!current) throw new Error('Remarque introuvable');
    const next = TrackedComment.parse({ ...current, ...patch, updatedAt: new Date().toISOString() });
    await db.comments.put(next);
    return next;
  });
}

export async function deleteComment(id: string, db: CertifillDb = getDb()): Promise<void> {
  await db.comments.delete(id);
}

export async function countOpenComments(dossierId: string, db: CertifillDb = getDb()): Promise<number> {
  const open: CommentStatus[] = ['a_traiter', 'en_cours'];
  return db.comments
    .where('dossierId')
    .equals(dossierId)
    .filter((c) => open.includes(c.status))
    .count();
}
