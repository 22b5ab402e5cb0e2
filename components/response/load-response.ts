import { todayIso } from '@/utils/criteria';
import { assembleResponse, type ResponseDocument, type ResponseRemark } from '@/utils/response/assemble';
import type { CertifillDb } from '@/utils/storage/db';

/** Reads what the response needs (request, remarks, dossier, history) in one transaction and assembles it. */
export async function loadResponse(
  db: CertifillDb,
  dossierId: string,
  requestId: string,
): Promise<ResponseDocument | null> {
  return db.transaction('r', [db.requests, db.comments, db.dossiers, db.revisions], async () => {
    const request = await db.requests.get(requestId);
    const dossier = await db.dossiers.get(dossierId);
    if (!request || !dossier || request.dossierId !== dossierId) return null;
    const comments = await db.comments.where('requestId').equals(requestId).toArray();
    const revisions = await db.revisions.where('dossierId').equals(dossierId).toArray();
    return assembleResponse({ request, comments, dossier, revisions, today: todayIso() });
  });
}

/** What each remark of the dossier's requests has seen done since its letter: changes and attachments. */
export async function loadRemarkChanges(
  db: CertifillDb,
  dossierId: string,
): Promise<Map<string, ResponseRemark>> {
  const requests = await db.requests.where('dossierId').equals(dossierId).primaryKeys();
  const out = new Map<string, ResponseRemark>();
  for (const id of requests) {
    const doc = await loadResponse(db, dossierId, id);
    for (const r of doc?.remarks ?? []) out.set(r.commentId, r);
  }
  return out;
}
