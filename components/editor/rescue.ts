import type { CertifillDb } from '@/utils/storage/db';
import { DraftMessage } from '@/utils/storage/draft-message';
import { applyDraft, type DraftInput, settleAllDrafts } from '@/utils/storage/drafts';
import { applyLegacyRescue } from './legacy-rescue';

/**
 * Last-chance copy of unsaved edits. When the page is hidden or closed, its pending draft is written
 * synchronously to localStorage (IndexedDB writes may not finish during unload) and stays there until
 * the database holds it; the next start of the editor merges it (never twice, never over a newer
 * draft of the same page) before anything is shown.
 */
const PREFIX = 'certifill.rescue.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const keyOf = (dossierId: string, writer: string) => `${PREFIX}${dossierId}.${writer}`;

export function writeRescue(draft: DraftInput): void {
  try {
    storage()?.setItem(keyOf(draft.dossierId, draft.writer), JSON.stringify(draft));
  } catch {
    // Quota or privacy mode: the draft table and the closing message still carry the edits.
  }
}

export function clearRescue(dossierId: string, writer: string): void {
  storage()?.removeItem(keyOf(dossierId, writer));
}

/**
 * Merges the rescued copies and every pending draft into their dossiers; a copy is forgotten only
 * once the database holds it. Returns how many copies were merged or found already merged.
 */
export async function applyRescues(db: CertifillDb): Promise<number> {
  const store = storage();
  let applied = 0;
  const keys = store
    ? Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
        (k): k is string => k?.startsWith(PREFIX) ?? false,
      )
    : [];
  for (const key of keys) {
    let raw: unknown = null;
    try {
      raw = JSON.parse(store?.getItem(key) ?? 'null');
    } catch {
      raw = null;
    }
    const copy = DraftMessage.safeParse(raw);
    try {
      if (!copy.success) {
        // An older format is merged as it was; a damaged copy holds nothing to merge.
        await applyLegacyRescue(raw, db);
        store?.removeItem(key);
        continue;
      }
      if (await applyDraft(copy.data, db)) {
        store?.removeItem(key);
        applied++;
      }
    } catch {
      // Kept for the next start: the text must not be lost.
    }
  }
  await settleAllDrafts(db);
  return applied;
}
