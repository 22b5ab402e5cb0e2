import { h } from '../dom';

/** DSFR breadcrumb; the last item is the current page. */
export function breadcrumb(items: Array<{ text: string; href?: string }>): HTMLElement {
  return h(
    'nav',
    { role: 'navigation', class: 'fr-breadcrumb fr-mt-0', 'aria-label': 'vous êtes ici :' },
    h(
      'ol',
      { class: 'fr-breadcrumb__list' },
      items.map((item, index) =>
        h(
          'li',
          {},
          index === items.length - 1
            ? h('a', { class: 'fr-breadcrumb__link', 'aria-current': 'page' }, item.text)
            : h('a', { class: 'fr-breadcrumb__link', href: item.href }, item.text),
        ),
      ),
    ),
  );
}
