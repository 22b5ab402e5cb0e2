import { type Child, flushMounted, h } from '../dom';
import { matId } from '../ids';
import { readValue, shiftItems, writeValue } from '../store';
import { ADD_DELAY_MS, busy, later } from './later';

export interface RepeatableSpec {
  /** Model key holding the number of instances; also the group's name in the values' keys. */
  key: string;
  title: (index: number) => string;
  addLabel: string;
  /** Words naming one item in the « Supprimer » button's accessible name (« le bloc n° 3 »). */
  removeName: (index: number) => string;
  /** Renders instance `index` (0-based); `headingId` is the instance heading, for `aria-labelledby`. */
  render: (index: number, headingId: string) => Child[];
}

/**
 * A repeatable group (« Ajouter un bloc »…): starts with one instance. The button asks the
 * « server » and the new instance arrives after a delay; every instance but the first has its own
 * « Supprimer » button. Deleting the last instance removes its section; deleting another one
 * moves the later values up and renders the whole list again (new elements, as an SPA does).
 */
export function repeatable(spec: RepeatableSpec): HTMLElement {
  const countKey = `count:${spec.key}`;
  const list = h('div', { class: 'cp-repeatable' });
  const countOf = () => readValue<number>(countKey) ?? 1;

  const remove = (index: number) => {
    const count = countOf();
    shiftItems(spec.key, index, count);
    writeValue(countKey, count - 1);
    if (index === count - 1) list.lastElementChild?.remove();
    else renderAll();
  };
  const instance = (index: number) => {
    const headingId = matId('heading');
    const removeButton =
      index > 0 &&
      h(
        'button',
        {
          type: 'button',
          class: 'fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-left fr-icon-delete-line cp-remove',
          'aria-label': `Supprimer ${spec.removeName(index)}`,
          onclick: () => remove(index),
        },
        'Supprimer',
      );
    return h(
      'section',
      { class: 'cp-group fr-mb-3w' },
      h(
        'div',
        { class: 'cp-group__head' },
        h('h4', { class: 'fr-h6 fr-mb-2w', id: headingId }, spec.title(index)),
        removeButton,
      ),
      spec.render(index, headingId),
    );
  };
  const renderAll = () => {
    list.replaceChildren();
    for (let index = 0; index < countOf(); index += 1) list.append(instance(index));
    flushMounted();
  };
  for (let index = 0; index < countOf(); index += 1) list.append(instance(index));

  const button = h(
    'button',
    { type: 'button', class: 'fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-add-line' },
    spec.addLabel,
  );
  button.addEventListener('click', () => {
    if (button.disabled) return;
    busy(button, true);
    later(ADD_DELAY_MS, () => {
      const next = countOf();
      list.append(instance(next));
      writeValue(countKey, next + 1);
      flushMounted();
      busy(button, false);
      list.lastElementChild?.querySelector<HTMLElement>('input, textarea, select, .ql-editor')?.focus();
    });
  });
  return h('div', { class: 'fr-mb-4w' }, list, button);
}
