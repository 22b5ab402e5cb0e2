import { h } from '../dom';
import { matId } from '../ids';
import { bind } from '../store';
import { counter, describedBy } from './counter';
import { type FieldSpec, labelParts, modelKey } from './field';

export interface InputSpec extends FieldSpec {
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'search' | 'password';
  maxlength?: number;
  counter?: number;
  placeholder?: string;
  autocomplete?: string;
  inputmode?: string;
  pattern?: string;
  min?: number;
  max?: number;
}

export function textInput(spec: InputSpec): HTMLElement {
  const id = matId('input');
  const { before, attrs } = labelParts(spec, id);
  const input = h('input', {
    class: 'fr-input',
    type: spec.type ?? 'text',
    id,
    name: id,
    maxlength: spec.maxlength,
    placeholder: spec.placeholder,
    autocomplete: spec.autocomplete ?? 'off',
    inputmode: spec.inputmode,
    pattern: spec.pattern,
    min: spec.min,
    max: spec.max,
    ...attrs,
  });
  bind(input, modelKey(spec));
  const group = h('div', { class: 'fr-input-group' }, before, input);
  if (spec.counter) {
    const { el, update } = counter(spec.counter);
    describedBy(input, el.id);
    update(input.value.length);
    input.addEventListener('input', () => update(input.value.length));
    group.append(el);
  }
  return group;
}
