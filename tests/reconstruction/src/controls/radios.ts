import { h } from '../dom';
import { fieldId, matId } from '../ids';
import { bind } from '../store';
import { type FieldSpec, modelKey, requiredMark } from './field';
import type { Option } from './select';

export interface RadiosSpec extends FieldSpec {
  options: readonly Option[];
  inline?: boolean;
}

/** DSFR radio group: `fr-fieldset` + `legend`; `data-truth` on every radio of the group. */
export function radios(spec: RadiosSpec): HTMLElement {
  const name = fieldId(modelKey(spec));
  const legendId = `${name}-legend`;
  const items = spec.options.map((option) => {
    const { value, text } = typeof option === 'string' ? { value: option, text: option } : option;
    const id = matId('radio');
    const input = h('input', {
      type: 'radio',
      id,
      name,
      value,
      'data-truth': spec.truth,
      required: spec.required,
    });
    bind(input, modelKey(spec));
    const inline = spec.inline ? ' fr-fieldset__element--inline' : '';
    return h(
      'div',
      { class: `fr-fieldset__element${inline}` },
      h('div', { class: 'fr-radio-group' }, input, h('label', { class: 'fr-label', for: id }, text)),
    );
  });
  const legend = h(
    'legend',
    { class: 'fr-fieldset__legend--regular fr-fieldset__legend', id: legendId },
    spec.label,
    requiredMark(spec.required),
    spec.hint && h('span', { class: 'fr-hint-text' }, spec.hint),
  );
  return h('fieldset', { class: 'fr-fieldset', id: name, 'aria-labelledby': legendId }, legend, items);
}
