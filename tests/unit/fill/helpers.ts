import { createDossier } from '@/utils/dossier/factory';
import type { FieldValue } from '@/utils/dossier/model';
import { type DossierDto, toDto } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import type { PageFieldState } from '@/utils/fill/types';

let n = 0;

/** A recognised control's state, as the content script would read it. */
export function state(over: Partial<PageFieldState> & Pick<PageFieldState, 'path'>): PageFieldState {
  n += 1;
  return {
    key: `f${n}`,
    fieldId: over.path ? over.path.replace(/\[\d+\]/g, '[]') : null,
    decision: 'auto',
    control: 'text',
    label: over.path ?? 'Champ',
    confidence: 0.9,
    signature: `sig-${n}`,
    candidates: [],
    limit: null,
    editable: true,
    value: { kind: 'text', text: '' },
    ...over,
  };
}

export function dossier(values: Record<string, FieldValue>, repertoire: 'RNCP' | 'RS' = 'RNCP'): DossierDto {
  let d = createDossier(repertoire, 'Essai');
  for (const [path, v] of Object.entries(values)) d = setValue(d, path, v);
  return toDto(d);
}
