/**
 * The one rules module: used by the editor, the content script's live checks and import.
 * Messages are French; codes are stable.
 */
export { checkValue, visibleText } from './check-value';
export { countCharacters } from './count';
export { type CounterText, counterText, formatCount } from './counter-text';
export { type EffectiveLimit, effectiveLimit } from './limits';
export { plainTextOfHtml } from './plain-text';
export { sectionOf } from './section-of';
export type { CheckValueOptions, DossierInput, FieldValue, Problem, ValidateDossierOptions } from './types';
export { validateDossier } from './validate-dossier';
