import type { CatalogueField } from '@/utils/catalogue';
import type { Dossier } from '@/utils/dossier/model';
import { getValue, isFilled } from '@/utils/dossier/paths';
import { HEADER_FIELDS } from './layout';
import { requiredInfo } from './required';

export interface Progress {
  filled: number;
  required: number;
}

/** Required fields of a section that are filled (group members and header fields left aside). */
export function sectionProgress(fields: readonly CatalogueField[], d: Dossier): Progress {
  let filled = 0;
  let required = 0;
  for (const f of fields) {
    if (f.group || HEADER_FIELDS.has(f.id) || !requiredInfo(f, d).now) continue;
    required++;
    const ok =
      f.kind === 'file' ? d.attachments.some((a) => a.fieldId === f.id) : isFilled(getValue(d, f.id));
    if (ok) filled++;
  }
  return { filled, required };
}

/** A required field of a section still empty: what to fill next. */
export interface NextStep {
  id: string;
  label: string;
}

/** The first required field of a section still empty, in the section's order (null: none left). */
export function nextStep(fields: readonly CatalogueField[], d: Dossier): NextStep | null {
  for (const f of fields) {
    if (f.group || HEADER_FIELDS.has(f.id) || !requiredInfo(f, d).now) continue;
    const ok =
      f.kind === 'file' ? d.attachments.some((a) => a.fieldId === f.id) : isFilled(getValue(d, f.id));
    if (!ok) return { id: f.id, label: f.label };
  }
  return null;
}
