import type { CertifillDb } from './db';
import { getDb } from './db';

export interface DossierUsage {
  id: string;
  name: string;
  /** Bytes of the attachments the dossier holds now. */
  attachments: number;
  /** Bytes of attachments kept only for its history (removed since). */
  history: number;
}

export interface StorageUsage {
  dossiers: DossierUsage[];
  /** What the browser counts for the extension, when it says (navigator.storage.estimate). */
  usage: number | null;
  quota: number | null;
}

/** What uses the extension's space: attachment bytes per dossier, and the browser's own estimate. */
export async function storageUsage(db: CertifillDb = getDb()): Promise<StorageUsage> {
  const sizes = new Map<string, number>();
  await db.files.each((f) => sizes.set(f.id, f.blob.size));
  const dossiers: DossierUsage[] = [];
  for (const d of await db.dossiers.toArray()) {
    const own = new Set(d.attachments.map((a) => a.id));
    const past = new Set<string>();
    await db.revisions
      .where('dossierId')
      .equals(d.id)
      .each((r) => {
        for (const a of r.snapshot.attachments) if (!own.has(a.id)) past.add(a.id);
      });
    const sum = (ids: Set<string>) => [...ids].reduce((n, id) => n + (sizes.get(id) ?? 0), 0);
    dossiers.push({ id: d.id, name: d.name, attachments: sum(own), history: sum(past) });
  }
  dossiers.sort((a, b) => b.attachments + b.history - (a.attachments + a.history));
  const estimate = await navigatorEstimate();
  return { dossiers, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

async function navigatorEstimate(): Promise<StorageEstimate | null> {
  try {
    return (await globalThis.navigator?.storage?.estimate?.()) ?? null;
  } catch {
    return null;
  }
}
