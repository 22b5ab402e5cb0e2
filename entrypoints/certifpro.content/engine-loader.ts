import { backgroundMessenger } from '@/utils/messaging/background-messenger';
import { type EngineHost, offeredEngine } from './engine-slot';
import type { PageEngine } from './page-engine';

export const ENGINE_UNAVAILABLE =
  'Certifill n’a pas pu charger son module de pré-remplissage dans cette page : rechargez la page, puis réessayez.';

/**
 * The pre-fill engine of this document, injected on the panel's first request and kept until the
 * page goes away (a new document gets a new content script, hence a new engine). Requests that
 * arrive while it loads share the one injection; a failed injection is tried again next time.
 */
export function engineLoader(host: EngineHost): () => Promise<PageEngine> {
  let engine: Promise<PageEngine> | null = null;
  const load = async (): Promise<PageEngine> => {
    if (!offeredEngine()) {
      try {
        await backgroundMessenger.sendMessage('loadPrefillEngine', undefined);
      } catch (e) {
        console.warn('[Certifill] module de pré-remplissage non injecté :', e);
        throw new Error(ENGINE_UNAVAILABLE);
      }
    }
    // executeScript resolves once the script has run, so the engine has offered itself by now.
    const factory = offeredEngine();
    if (!factory) throw new Error(ENGINE_UNAVAILABLE);
    return factory(host);
  };
  return () => {
    engine ??= load().catch((e: unknown) => {
      engine = null;
      throw e;
    });
    return engine;
  };
}
