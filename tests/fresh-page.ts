// The `dom` and `views` files share one happy-dom window (vitest.config.ts). This setup file runs again before
// each file, so that each one starts as on a page of its own: real timers (a file that switched to fake timers
// and failed before switching back would otherwise stall every later wait), empty head and body (a title or a
// heading left by another file changes what the matcher reads of the page), no attributes on <html> and <body>,
// empty storages, no hash.
import { vi } from 'vitest';

vi.useRealTimers();
// The window's own timer functions, noted by the first file: a spy restored after the real timers came back
// (tests/unit/checks/announcer.test.ts did) leaves a fake setTimeout that never fires in every later file.
type Timers = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'>;
const store = globalThis as typeof globalThis & { __certifillTimers?: Timers };
store.__certifillTimers ??= { setTimeout, clearTimeout, setInterval, clearInterval };
Object.assign(globalThis, store.__certifillTimers);
document.head.replaceChildren();
document.body.replaceChildren();
for (const el of [document.documentElement, document.body])
  for (const name of el.getAttributeNames()) el.removeAttribute(name);
document.title = '';
localStorage.clear();
sessionStorage.clear();
if (window.location.hash) window.location.hash = '';
