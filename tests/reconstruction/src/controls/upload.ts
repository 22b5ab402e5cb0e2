import { h } from '../dom';
import { fieldId } from '../ids';
import { bind, readValue } from '../store';
import { type FieldSpec, labelParts, modelKey } from './field';

export interface UploadSpec extends FieldSpec {
  multiple?: boolean;
  accept?: string;
}

export const DEFAULT_UPLOAD_HINT =
  'Formats acceptés : pdf, docx, xlsx, odt. Taille maximale : 20 Mo par fichier.';

function fileList(names: unknown): string {
  return Array.isArray(names) && names.length ? `Fichier(s) déposé(s) : ${names.join(', ')}` : '';
}

/** DSFR `fr-upload`; the chosen file names stay listed after a tab switch. */
export function upload(spec: UploadSpec): HTMLElement {
  const id = fieldId(`upload:${modelKey(spec)}`);
  const { before, attrs } = labelParts({ ...spec, hint: spec.hint ?? DEFAULT_UPLOAD_HINT }, id);
  const input = h('input', {
    class: 'fr-upload',
    type: 'file',
    id,
    name: id,
    multiple: spec.multiple ?? true,
    accept: spec.accept ?? '.pdf,.doc,.docx,.xlsx,.ods,.odt',
    ...attrs,
  });
  bind(input, modelKey(spec));
  const status = h(
    'p',
    { class: 'fr-text--sm fr-mt-1w fr-mb-0 cp-files' },
    fileList(readValue(modelKey(spec))),
  );
  input.addEventListener('change', () => {
    status.textContent = fileList([...(input.files ?? [])].map((file) => file.name));
  });
  return h('div', { class: 'fr-upload-group fr-mb-3w' }, before, input, status);
}
