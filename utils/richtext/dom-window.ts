/**
 * The DOM that sanitizing parses HTML with. Extension pages, content scripts and happy-dom tests
 * have one; a Node CLI registers one (see node-window.ts). The background service worker has
 * none: it never sanitizes.
 */
export type DomWindow = Window & typeof globalThis;

let registered: DomWindow | null = null;

export function registerRichWindow(win: DomWindow | null): void {
  registered = win;
}

export function richWindow(): DomWindow {
  if (registered) return registered;
  if (typeof window !== 'undefined' && window.document) return window as DomWindow;
  throw new Error(
    'Formatted text needs a DOM: call registerRichWindow() (utils/richtext/node-window.ts) in a Node script.',
  );
}
