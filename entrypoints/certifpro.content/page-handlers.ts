import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageMessenger } from '@/utils/messaging/page-messenger';
import { engineLoader } from './engine-loader';
import { pageProgress, setProgress } from './page-progress';
import { getScanService } from './scan-service';

/**
 * Answers the side panel about this page (top frame only: the panel addresses frame 0). Progress is
 * answered here; the rest (reading values, pre-fill, undo, capture, « Voir sur la page ») by the
 * engine, which is loaded into the page on the panel's first such request (engine-loader.ts).
 * The engine names fields by its own keys (fill/field-keys.ts), so everything that takes a key
 * is answered there.
 */
export function registerPageHandlers(ctx: ContentScriptContext): void {
  if (window !== window.top) return;
  const service = getScanService(ctx);
  const engine = engineLoader({ ctx, service, setProgress });
  const { onMessage } = pageMessenger;

  const offs = [
    onMessage('pageProgress', pageProgress),
    onMessage('getPageScan', async () => (await engine()).scan()),
    onMessage('reloadMappings', async () => (await engine()).scan()),
    onMessage('previewPrefill', async () => (await engine()).previewPrefill()),
    onMessage('applyPrefill', async ({ data }) => (await engine()).applyPrefill(data)),
    onMessage('previewUndo', async () => (await engine()).previewUndo()),
    onMessage('undoPrefill', async ({ data }) => (await engine()).undoPrefill(data)),
    onMessage('previewCapture', async () => (await engine()).previewCapture()),
    onMessage('focusField', async ({ data }) => (await engine()).focusField(data)),
  ];
  ctx.onInvalidated(() => {
    for (const off of offs) off();
  });
}
