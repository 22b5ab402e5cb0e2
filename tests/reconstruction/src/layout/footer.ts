import { h } from '../dom';
import { BASE } from '../router';
import { logo } from './header';

/** French DSFR footer. */
export function footer(): HTMLElement {
  const bottomLink = (text: string, href: string) =>
    h('li', { class: 'fr-footer__bottom-item' }, h('a', { class: 'fr-footer__bottom-link', href }, text));
  return h(
    'footer',
    { class: 'fr-footer', role: 'contentinfo', id: 'footer' },
    h(
      'div',
      { class: 'fr-container' },
      h(
        'div',
        { class: 'fr-footer__body' },
        h(
          'div',
          { class: 'fr-footer__brand fr-enlarge-link' },
          h('a', { href: BASE, title: 'Retour à l’accueil — Certif Pro (reconstruction)' }, logo()),
        ),
        h(
          'div',
          { class: 'fr-footer__content' },
          h(
            'p',
            { class: 'fr-footer__content-desc' },
            'Cette reconstruction de la téléprocédure Certif Pro sert aux démonstrations et aux tests de ' +
              'l’extension Certifill. Elle n’est ni éditée ni validée par France compétences.',
          ),
        ),
      ),
      h(
        'div',
        { class: 'fr-footer__bottom' },
        h(
          'ul',
          { class: 'fr-footer__bottom-list' },
          bottomLink('Accessibilité : non conforme', `${BASE}mentions-legales`),
          bottomLink('Mentions légales', `${BASE}mentions-legales`),
          bottomLink('Données personnelles', `${BASE}mentions-legales`),
        ),
        h(
          'div',
          { class: 'fr-footer__bottom-copy' },
          h('p', {}, 'Reconstruction de démonstration — aucune donnée saisie n’est envoyée.'),
        ),
      ),
    ),
  );
}
