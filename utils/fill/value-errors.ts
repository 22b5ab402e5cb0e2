import type { DossierDto } from '../dossier/model';
import { getValue } from '../dossier/paths';
import { checkValue } from '../validation';

/**
 * What the product's own checks find wrong in a dossier value about to be written (a bloc code,
 * a ROME code, a SIRET with a wrong key…): errors only, not warnings, neither « obligatoire » nor
 * length (the page's own limit decides « trop long »). Empty when the value may be written.
 */
export function valueErrors(dossier: DossierDto, path: string, fieldId: string): string[] {
  const value = getValue(dossier, path);
  return checkValue(fieldId, value, { path, required: false, limit: null })
    .filter((p) => p.severity === 'error')
    .map((p) => p.message);
}
