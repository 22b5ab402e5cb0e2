/**
 * The DOM that sanitizing parses HTML with. Extension pages, content scripts and happy-dom tests
 * have one; a Node CLI may register one (see node-window.ts). Without any (the background service
 * worker, a bare Node script) sanitizing parses with the light parser: the output is as safe (the
 * model escapes all text), only malformed HTML may be read less exactly.
 */
export type DomWindow = Window & typeof globalThis;

let registered: DomWindow | null = null;

export function registerRichWindow(win: DomWindow | null): void {
  registered = win;
}

export function richWindow(): DomWindow | null {
  if (registered) return registered;
  if (typeof window !== 'undefined' && window.document && typeof DOMParser !== 'undefined')
    return window as DomWindow;
  return null;
}
