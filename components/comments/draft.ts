/** The pasted request is kept per dossier until it is tracked: the popup closes whenever the user clicks away. */
const KEY = 'certifill:demande-complements:';
/** Longer drafts are not kept (the engine analyses the first 100 000 characters anyway). */
const MAX_DRAFT = 200_000;

export function loadDraft(dossierId: string): string {
  try {
    return globalThis.localStorage?.getItem(KEY + dossierId) ?? '';
  } catch {
    return '';
  }
}

export function saveDraft(dossierId: string, text: string): void {
  try {
    if (text === '' || text.length > MAX_DRAFT) globalThis.localStorage?.removeItem(KEY + dossierId);
    else globalThis.localStorage?.setItem(KEY + dossierId, text);
  } catch {
    // Storage full or unavailable: the draft is simply not kept.
  }
}
