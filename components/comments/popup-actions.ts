import { browser } from 'wxt/browser';
import { targetTabId } from '@/components/popup/target-tab';
import { complementsMessenger, PageRequest } from '@/utils/messaging/complements-protocol';
import { type DossierShape, editorHash, fieldLabel } from './field-target';

/** How long the popup waits for the page before it gives up. */
const PAGE_TIMEOUT_MS = 3_000;

function withTimeout<T>(p: Promise<T>, ms = PAGE_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export type PageReading = { ok: true; request: PageRequest } | { ok: false; error: string };

const NOT_A_PLATFORM_PAGE =
  'Cette page n’est pas une page Certif Pro (ou elle n’a pas fini de se charger). Ouvrez votre demande sur Certif Pro, onglet « Compléments demandés », puis réessayez — ou collez le texte ci-dessus.';
const NOTHING_ON_PAGE =
  'Aucune demande de compléments n’a été trouvée sur cette page. Ouvrez l’onglet « Compléments demandés » de votre demande, ou collez le texte ci-dessus.';

/** Asks the content script of the target tab for the request for additions shown on the page. */
export async function readRequestOnPage(): Promise<PageReading> {
  const tabId = await targetTabId().catch(() => null);
  if (tabId === null) return { ok: false, error: NOT_A_PLATFORM_PAGE };
  let raw: unknown;
  try {
    raw = await withTimeout(
      complementsMessenger.sendMessage('readComplementsRequest', undefined, { tabId, frameId: 0 }),
    );
  } catch {
    return { ok: false, error: NOT_A_PLATFORM_PAGE };
  }
  const parsed = PageRequest.nullable().safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: 'La réponse de la page est illisible : collez le texte ci-dessus.' };
  if (parsed.data === null) return { ok: false, error: NOTHING_ON_PAGE };
  return { ok: true, request: parsed.data };
}

/**
 * Shows a field to correct: on the Certif Pro page of the target tab when the field is there, else in the
 * editor (a new tab at options.html#/dossier/<id>/champ/<path>).
 */
export async function openFieldFromPopup(dossier: DossierShape, id: string): Promise<string> {
  const tabId = await targetTabId().catch(() => null);
  if (tabId !== null) {
    try {
      const shown = await withTimeout(
        complementsMessenger.sendMessage('focusComplementField', { path: id }, { tabId, frameId: 0 }),
        1_500,
      );
      if (shown === true) return `« ${fieldLabel(id)} » est affiché sur la page Certif Pro.`;
    } catch {
      // Not a Certif Pro page: the editor it is.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${editorHash(dossier, id)}`) });
  return `« ${fieldLabel(id)} » est ouvert dans l’éditeur.`;
}

/** Opens an editor page (`#/dossier/…`) in a new tab, from the side panel or the popup. */
export function openEditorPage(hash: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}
