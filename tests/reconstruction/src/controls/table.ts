import { type Child, h } from '../dom';

/** DSFR 1.14 table markup (wrapper/container/content) around a plain `<table>`. */
export function dsfrTable(caption: string, head: Child, body: Child, extraClass = ''): HTMLElement {
  return h(
    'div',
    { class: `fr-table fr-table--bordered ${extraClass}`.trim() },
    h(
      'div',
      { class: 'fr-table__wrapper' },
      h(
        'div',
        { class: 'fr-table__container' },
        h(
          'div',
          { class: 'fr-table__content' },
          h('table', {}, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, body)),
        ),
      ),
    ),
  );
}
