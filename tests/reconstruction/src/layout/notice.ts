import { h } from '../dom';

export const NOTICE_TITLE =
  'Reconstruction de Certif Pro — page de démonstration, non affiliée à France compétences';

/** Always-visible DSFR notice telling that this is not the real platform. */
export function notice(): HTMLElement {
  return h(
    'div',
    { class: 'fr-notice fr-notice--info', role: 'note' },
    h(
      'div',
      { class: 'fr-container' },
      h(
        'div',
        { class: 'fr-notice__body' },
        h(
          'p',
          {},
          h('span', { class: 'fr-notice__title' }, NOTICE_TITLE),
          h(
            'span',
            { class: 'fr-notice__desc' },
            ' Écrans reconstitués à partir de sources publiques ; aucune donnée n’est transmise.',
          ),
        ),
      ),
    ),
  );
}
