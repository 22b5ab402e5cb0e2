import { dueDate } from '../comments/deadline';
import { type CertifillDb, getDb } from './db';
import { ComplementRequest, TrackedComment } from './records';

/** The requests for additions of a dossier, the latest received first. */
export async function listRequests(
  dossierId: string,
  db: CertifillDb = getDb(),
): Promise<ComplementRequest[]> {
  const all = await db.requests.where('dossierId').equals(dossierId).toArray();
  return all.sort(
    (a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** Stores a request and the remarks chosen for tracking, together or not at all. */
export async function trackRequest(
  request: ComplementRequest,
  comments: readonly TrackedComment[],
  db: CertifillDb = getDb(),
): Promise<void> {
  const r = ComplementRequest.parse(request);
  const items = comments.map((c) => TrackedComment.parse({ ...c, requestId: r.id, dossierId: r.dossierId }));
  await db.transaction('rw', db.requests, db.comments, async () => {
    await db.requests.put(r);
    await db.comments.bulkPut(items);
  });
}

/** The due date of a request received on `receivedOn`, from the deadline its letter sets. */
export function dueOnFor(request: Pick<ComplementRequest, 'deadline' | 'dueOn'>, receivedOn: string) {
  if (!request.deadline) return request.dueOn;
  return dueDate(request.deadline.rule, receivedOn, request.deadline.letterDate) ?? request.dueOn;
}

/** The user corrects the day the letter was received: the due date and the remarks follow. */
export async function setReceivedOn(
  requestId: string,
  receivedOn: string,
  db: CertifillDb = getDb(),
): Promise<ComplementRequest> {
  return db.transaction('rw', db.requests, db.comments, async () => {
    const current = await db.requests.get(requestId);
    if (!current) throw new Error('Demande de compléments introuvable');
    const next = ComplementRequest.parse({
      ...current,
      receivedOn,
      dueOn: dueOnFor(current, receivedOn),
      updatedAt: new Date().toISOString(),
    });
    await db.requests.put(next);
    await db.comments.where('requestId').equals(requestId).modify({ receivedOn });
    return next;
  });
}

/** Deletes a request with every remark tracked from it. */
export async function deleteRequest(requestId: string, db: CertifillDb = getDb()): Promise<void> {
  await db.transaction('rw', db.requests, db.comments, async () => {
    await db.comments.where('requestId').equals(requestId).delete();
    await db.requests.delete(requestId);
  });
}

/** An ignored line of a tracked request becomes one of its remarks (the user restores it). */
export async function restoreIgnoredLine(
  requestId: string,
  line: number,
  comment: TrackedComment,
  db: CertifillDb = getDb(),
): Promise<void> {
  await db.transaction('rw', db.requests, db.comments, async () => {
    const current = await db.requests.get(requestId);
    if (!current) throw new Error('Demande de compléments introuvable');
    const ignored = current.ignored.filter((i) => i.line !== line);
    if (ignored.length === current.ignored.length) return;
    const position = await db.comments.where('requestId').equals(requestId).count();
    await db.requests.put({ ...current, ignored, updatedAt: new Date().toISOString() });
    await db.comments.put(
      TrackedComment.parse({ ...comment, requestId, dossierId: current.dossierId, position }),
    );
  });
}
