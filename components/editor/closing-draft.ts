import { backgroundMessenger } from '@/utils/messaging/background-messenger';
import type { DraftInput } from '@/utils/storage/drafts';

/**
 * Hands a closing page's pending draft to the background, which merges it into the database at
 * once: the page's own IndexedDB write may not finish during unload, a message sent now is delivered.
 */
export function sendClosingDraft(draft: DraftInput): void {
  try {
    void backgroundMessenger.sendMessage('applyDraft', draft).catch(() => undefined);
  } catch {
    // No background here (unit tests): the draft table and the local copy still hold the edits.
  }
}
