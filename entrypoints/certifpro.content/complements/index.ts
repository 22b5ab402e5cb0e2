import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { complementsMessenger } from '@/utils/messaging/complements-messenger';
import { FocusComplementInput } from '@/utils/messaging/content-inputs';
import type { Feature } from '../features';
import { findRequest } from './find-request';
import { focusMarkedField } from './focus-field';

/** Answers the popup's « Demande de compléments » panel (top frame only: the popup addresses frame 0). */
function registerComplementsHandlers(ctx: ContentScriptContext): void {
  if (window !== window.top) return;
  const { onMessage } = complementsMessenger;
  const offs = [
    onMessage('readComplementsRequest', () => findRequest(document)),
    onMessage('focusComplementField', ({ data }) => {
      const { path } = FocusComplementInput.parse(data);
      return focusMarkedField(path, document, (fn, ms) => ctx.setTimeout(fn, ms));
    }),
  ];
  ctx.onInvalidated(() => {
    for (const off of offs) off();
  });
}

export const complementsFeature: Feature = {
  id: 'demande de compléments',
  init: registerComplementsHandlers,
};
