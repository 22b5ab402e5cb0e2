import { h } from '../dom';
import { matId } from '../ids';
import { bind } from '../store';
import { type FieldSpec, modelKey } from './field';

/** A single DSFR checkbox; checked means « Oui ». */
export function checkbox(spec: FieldSpec): HTMLElement {
  const id = matId('checkbox');
  const input = h('input', { type: 'checkbox', id, name: id, value: 'Oui', 'data-truth': spec.truth });
  bind(input, modelKey(spec));
  return h(
    'div',
    { class: 'fr-checkbox-group' },
    input,
    h(
      'label',
      { class: 'fr-label', for: id },
      spec.label,
      spec.hint && h('span', { class: 'fr-hint-text' }, spec.hint),
    ),
  );
}
