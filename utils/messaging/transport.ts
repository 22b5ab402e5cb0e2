/**
 * Errors of the browser's messaging itself (not of a handler): the background's service worker was
 * stopped or restarted mid-message, or the extension was reloaded under a page still running it.
 */
const RESTARTED =
  /message port closed|Could not establish connection|Receiving end does not exist|message channel closed/i;
const RELOADED = /Extension context invalidated/i;

export function isTransportError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return RESTARTED.test(message) || RELOADED.test(message);
}

/** A transport failure said in French, with what to do. */
export class TransportError extends Error {
  constructor(readonly original: unknown) {
    const message = original instanceof Error ? original.message : String(original);
    super(
      RELOADED.test(message)
        ? 'Certifill a été mis à jour ou rechargé pendant que cette page était ouverte : rechargez la page (touche F5) pour continuer.'
        : 'Certifill n’a pas pu joindre son service en arrière-plan, même après un nouvel essai. Réessayez dans un instant ; si cela persiste, rechargez la page (touche F5), puis l’extension depuis la page des extensions du navigateur.',
    );
    this.name = 'TransportError';
  }
}

/** How long to let a restarting service worker register its listeners before the one retry. */
export const RETRY_DELAY_MS = 250;

/**
 * Sends once more after a transport failure (a stopped service worker starts again on the next
 * message), then fails with a TransportError. Handler errors pass through unchanged. Messages sent
 * this way must be safe to receive twice (the first may have been handled before the port closed).
 */
export function withTransportRetry<A extends unknown[], R>(
  send: (...args: A) => Promise<R>,
  wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await send(...args);
    } catch (first) {
      if (!isTransportError(first)) throw first;
      if (RELOADED.test(first instanceof Error ? first.message : String(first)))
        throw new TransportError(first);
      await wait(RETRY_DELAY_MS);
      try {
        return await send(...args);
      } catch (second) {
        throw isTransportError(second) ? new TransportError(second) : second;
      }
    }
  };
}
