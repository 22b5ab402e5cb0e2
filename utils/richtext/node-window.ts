import { Window } from 'happy-dom';
import { type DomWindow, registerRichWindow } from './dom-window';

/**
 * For Node CLIs: gives the formatted-text code a happy-dom window (no scripts, no loading).
 * happy-dom's tree walking does not satisfy DOMPurify (see purify.ts); the schema walk stays the
 * safeguard there.
 */
export function useNodeRichWindow(): void {
  const win = new Window({
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  registerRichWindow(win as unknown as DomWindow);
}
