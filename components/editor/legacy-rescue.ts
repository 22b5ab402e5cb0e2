import { z } from 'zod';
import { Dossier } from '@/utils/dossier/model';
import type { CertifillDb } from '@/utils/storage/db';
import { mutateDossier } from '@/utils/storage/save-patch';

/** The rescue copy written before drafts were patches: a whole dossier and when it was written. */
const LegacyCopy = z.object({ writtenAt: z.string(), dossier: Dossier });

/**
 * Merges a copy of the older format when it is newer than the stored dossier (as that version did).
 * Returns false when `raw` is not such a copy.
 */
export async function applyLegacyRescue(raw: unknown, db: CertifillDb): Promise<boolean> {
  const copy = LegacyCopy.safeParse(raw);
  if (!copy.success) return false;
  const { dossier, writtenAt } = copy.data;
  const stored = await db.dossiers.get(dossier.id);
  if (!stored || stored.updatedAt >= writtenAt) return true;
  await mutateDossier(
    dossier.id,
    (s) => ({ ...s, ...dossier, attachments: s.attachments, createdAt: s.createdAt, updatedAt: s.updatedAt }),
    { writer: 'rescue' },
    db,
  );
  return true;
}
