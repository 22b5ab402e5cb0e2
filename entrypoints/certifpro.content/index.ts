import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFeatures } from './features';

/**
 * Runs on Certif Pro (and, in demo/test builds only, on the local reconstruction: see wxt.config.ts).
 * Nothing here touches the page's storage: dossiers come from the background by message.
 */
export default defineContentScript({
  matches: ['https://certifpro.francecompetences.fr/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startFeatures(ctx);
  },
});
