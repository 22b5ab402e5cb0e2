import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checksFeature } from './checks/feature';
import { complementsFeature } from './complements';
import { registerPageHandlers } from './page-handlers';
import { getScanService } from './scan-service';

/**
 * One behaviour per feature, registered in this one list (as refined-github does).
 * A feature that throws is logged and skipped: it never stops the others or the page.
 */
export interface Feature {
  id: string;
  init(ctx: ContentScriptContext): void | Promise<void>;
}

const FEATURES: Feature[] = [
  complementsFeature,
  { id: 'reconnaissance des champs', init: (ctx) => void getScanService(ctx) },
  { id: 'pré-remplissage et capture', init: registerPageHandlers },
  checksFeature,
];

export function startFeatures(ctx: ContentScriptContext): void {
  for (const feature of FEATURES) {
    try {
      Promise.resolve(feature.init(ctx)).catch((e: unknown) => report(feature.id, e));
    } catch (e) {
      report(feature.id, e);
    }
  }
}

function report(id: string, e: unknown): void {
  console.warn(`[Certifill] la fonction « ${id} » s’est arrêtée :`, e);
}
