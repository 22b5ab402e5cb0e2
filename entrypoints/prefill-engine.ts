import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerEngine } from './certifpro.content/engine-slot';
import { createPageEngine } from './certifpro.content/page-engine';

/**
 * The pre-fill engine (reading values, preview, « Appliquer », undo, capture), injected by the
 * background into the Certif Pro tab's isolated world when the side panel first asks the page
 * for it (entrypoints/certifpro.content/engine-loader.ts). It only offers itself to the content
 * script there: it answers no message on its own.
 */
export default defineUnlistedScript(() => {
  offerEngine(createPageEngine);
});
