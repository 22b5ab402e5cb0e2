import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageEngine } from './page-engine';
import type { setProgress } from './page-progress';
import type { ScanService } from './scan-service';

/**
 * Where the pre-fill engine (entrypoints/prefill-engine.ts, injected on demand by the background)
 * meets the content script. Both run in the extension's isolated world of the same document, so
 * they share its `globalThis`; they are separate bundles, so nothing else is shared: whatever
 * state both must see (the scan, the progress record) goes through the host the content script
 * hands over. The page's own scripts cannot see this world.
 */
export interface EngineHost {
  ctx: ContentScriptContext;
  service: ScanService;
  setProgress: typeof setProgress;
}

export type EngineFactory = (host: EngineHost) => PageEngine;

const SLOT = Symbol.for('certifill.prefill-engine');

type Holder = { [SLOT]?: EngineFactory };

/** Called by the engine script. A second injection into the same document keeps the first engine. */
export function offerEngine(factory: EngineFactory): void {
  const g = globalThis as Holder;
  g[SLOT] ??= factory;
}

/** The engine offered in this document, if it has been injected. */
export function offeredEngine(): EngineFactory | undefined {
  return (globalThis as Holder)[SLOT];
}
