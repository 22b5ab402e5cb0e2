import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { backgroundMessenger } from '@/utils/messaging/background-messenger';
import { checksMessenger } from '@/utils/messaging/checks-messenger';
import { PageFieldKey } from '@/utils/messaging/content-inputs';
import type { Feature } from '../features';
import { getScanService } from '../scan-service';
import { startChecks } from './controller';
import { createLimitMemory } from './limit-memory';

/** Lengths, required fields and formats checked as the person types, with a page summary. */
export const checksFeature: Feature = {
  id: 'vérifications en direct',
  init(ctx: ContentScriptContext) {
    const service = getScanService(ctx);
    const checks = startChecks(service, { signal: ctx.signal });
    const remember = createLimitMemory((limits) =>
      backgroundMessenger.sendMessage('rememberPageLimits', limits),
    );
    remember(service.current());
    ctx.onInvalidated(service.subscribe(remember));
    backgroundMessenger
      .sendMessage('listPageLimits', undefined)
      .then((limits) => {
        if (ctx.isValid) checks.setRemembered(new Map(limits.map((l) => [l.fieldId, l.limit])));
      })
      .catch((e: unknown) => console.warn('[Certifill] limites mémorisées indisponibles :', e));
    // The popup addresses the top frame.
    if (window !== window.top) return;
    const offs = [
      checksMessenger.onMessage('getPageChecks', () => checks.summary()),
      checksMessenger.onMessage('focusPageField', ({ data }) => {
        const key = PageFieldKey.safeParse(data);
        return key.success && checks.focus(key.data);
      }),
    ];
    ctx.onInvalidated(() => {
      for (const off of offs) off();
    });
  },
};
