import { h } from '../dom';
import { fieldId } from '../ids';
import { bind } from '../store';
import { counter, describedBy } from './counter';
import { type FieldSpec, labelParts, modelKey } from './field';

export interface TextareaSpec extends FieldSpec {
  rows?: number;
  maxlength?: number;
  counter?: number;
  placeholder?: string;
}

export function textArea(spec: TextareaSpec): HTMLElement {
  const id = fieldId(modelKey(spec));
  const { before, attrs } = labelParts(spec, id);
  const area = h('textarea', {
    class: 'fr-input',
    id,
    name: id,
    rows: spec.rows ?? 4,
    maxlength: spec.maxlength,
    placeholder: spec.placeholder,
    ...attrs,
  });
  bind(area, modelKey(spec));
  const group = h('div', { class: 'fr-input-group' }, before, area);
  if (spec.counter) {
    const { el, update } = counter(spec.counter);
    describedBy(area, el.id);
    update(area.value.length);
    area.addEventListener('input', () => update(area.value.length));
    group.append(el);
  }
  return group;
}
