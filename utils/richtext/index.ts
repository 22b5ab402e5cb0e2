/**
 * Formatted text of the dossier: one sanitized model (model.ts), many renderings. Every catalogue
 * field of kind `textarea` holds the canonical HTML that sanitizeRich returns: p, br, strong, em,
 * u, ul, ol, li (nested lists), and `a[href]` only where the field takes links.
 */
export {
  canonicalRich,
  isRichHtml,
  parseRich,
  plainFromRich,
  type RichOptions,
  richFromPlain,
  visibleLength,
  visibleText,
  walkRich,
} from './core';
export { type DomWindow, registerRichWindow } from './dom-window';
export { richDossierValue, withRichTexts } from './dossier-texts';
export { fieldTakesLinks } from './field-links';
export type { RichDoc } from './model';
export { sanitizeRich } from './sanitize';
