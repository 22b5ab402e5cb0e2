import { type Dossier, DossierDto, toDto } from '@/utils/dossier/model';
import type { CertifillDb } from '@/utils/storage/db';
import { saveDossier } from '@/utils/storage/dossier-store';

/**
 * Last-chance copy of unsaved edits. When the page is hidden or closed, the pending draft is written
 * synchronously to localStorage (IndexedDB writes may not finish during unload); on the next start of
 * the editor, a copy newer than the stored dossier is saved into it.
 */
const PREFIX = 'certifill.rescue.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function writeRescue(d: Dossier): void {
  try {
    storage()?.setItem(
      PREFIX + d.id,
      JSON.stringify({ writtenAt: new Date().toISOString(), dossier: toDto(d) }),
    );
  } catch {
    // Quota or privacy mode: the IndexedDB save still runs.
  }
}

export function clearRescue(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

function merge(stored: Dossier, copy: DossierDto): Dossier {
  const meta = new Map(copy.attachments.map((a) => [a.id, a]));
  return {
    ...stored,
    name: copy.name,
    repertoire: copy.repertoire,
    requestKind: copy.requestKind,
    previousCode: copy.previousCode,
    filedOn: copy.filedOn,
    values: copy.values,
    groups: copy.groups,
    attachments: stored.attachments.map((a) => ({ ...a, ...meta.get(a.id), blob: a.blob })),
  };
}

/** Saves the rescued copies that are newer than what the database holds; returns how many. */
export async function applyRescues(db: CertifillDb): Promise<number> {
  const store = storage();
  if (!store) return 0;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (k): k is string => k?.startsWith(PREFIX) ?? false,
  );
  let applied = 0;
  for (const key of keys) {
    let raw: { writtenAt?: unknown; dossier?: unknown } | null = null;
    try {
      raw = JSON.parse(store.getItem(key) ?? 'null');
    } catch {
      raw = null;
    }
    const copy = DossierDto.safeParse(raw?.dossier);
    const stored = copy.success ? await db.dossiers.get(copy.data.id) : undefined;
    if (copy.success && stored && typeof raw?.writtenAt === 'string' && stored.updatedAt < raw.writtenAt) {
      try {
        await saveDossier(merge(stored, copy.data), 'autosave', db);
        applied++;
      } catch {
        continue; // Kept for the next start: the text must not be lost.
      }
    }
    store.removeItem(key);
  }
  return applied;
}
