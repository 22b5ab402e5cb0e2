import type { CertifillDb } from './db';

/**
 * Deletes the bytes of `candidates` (attachment ids of one dossier) that neither the dossier nor any
 * of its remaining revisions refers to. Runs inside the caller's transaction (files, dossiers,
 * revisions); it reads the history only when a candidate left the dossier itself.
 */
export async function dropUnreferencedFiles(
  dossierId: string,
  candidates: readonly string[],
  db: CertifillDb,
): Promise<number> {
  if (candidates.length === 0) return 0;
  const inDossier = new Set((await db.dossiers.get(dossierId))?.attachments.map((a) => a.id) ?? []);
  const left = new Set(candidates.filter((id) => !inDossier.has(id)));
  if (left.size === 0) return 0;
  await db.revisions
    .where('dossierId')
    .equals(dossierId)
    .each((r) => {
      for (const a of r.snapshot.attachments) left.delete(a.id);
    });
  await db.files.bulkDelete([...left]);
  return left.size;
}
