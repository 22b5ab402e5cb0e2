import { h } from '../dom';
import { matId } from '../ids';
import { bind } from '../store';
import { type FieldSpec, labelParts, modelKey } from './field';

export type Option = string | { value: string; text: string };

export interface SelectSpec extends FieldSpec {
  options: readonly Option[];
  multiple?: boolean;
  size?: number;
  placeholder?: string;
}

const optionNode = (option: Option) =>
  typeof option === 'string'
    ? h('option', { value: option }, option)
    : h('option', { value: option.value }, option.text);

export function select(spec: SelectSpec): HTMLElement {
  const id = matId('select');
  const { before, attrs } = labelParts(spec, id);
  const placeholder =
    !spec.multiple &&
    h(
      'option',
      { value: '', selected: true, disabled: true, hidden: true },
      spec.placeholder ?? 'Sélectionner une option',
    );
  const el = h(
    'select',
    { class: 'fr-select', id, name: id, multiple: spec.multiple, size: spec.size, ...attrs },
    placeholder,
    spec.options.map(optionNode),
  );
  bind(el, modelKey(spec));
  return h('div', { class: 'fr-select-group' }, before, el);
}
