import { type Child, flushMounted, h } from '../dom';
import { matId } from '../ids';
import { readValue, writeValue } from '../store';

export interface RepeatableSpec {
  /** Model key holding the number of instances. */
  key: string;
  title: (index: number) => string;
  addLabel: string;
  /** Renders instance `index` (0-based); `headingId` is the instance heading, for `aria-labelledby`. */
  render: (index: number, headingId: string) => Child[];
}

/** A repeatable group ("Ajouter un bloc"…): starts with one instance, the button appends one more. */
export function repeatable(spec: RepeatableSpec): HTMLElement {
  const countKey = `count:${spec.key}`;
  const list = h('div', { class: 'cp-repeatable' });
  const addInstance = (index: number) => {
    const headingId = matId('heading');
    list.append(
      h(
        'section',
        { class: 'cp-group fr-mb-3w' },
        h('h4', { class: 'fr-h6 fr-mb-2w', id: headingId }, spec.title(index)),
        spec.render(index, headingId),
      ),
    );
  };
  const count = readValue<number>(countKey) ?? 1;
  for (let index = 0; index < count; index += 1) addInstance(index);

  const add = () => {
    const next = readValue<number>(countKey) ?? 1;
    addInstance(next);
    writeValue(countKey, next + 1);
    flushMounted();
    list.lastElementChild?.querySelector<HTMLElement>('input, textarea, select, .ql-editor')?.focus();
  };
  const button = h(
    'button',
    { type: 'button', class: 'fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-add-line', onclick: add },
    spec.addLabel,
  );
  return h('div', { class: 'fr-mb-4w' }, list, button);
}
