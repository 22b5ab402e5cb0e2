import { h } from '../dom';
import { BASE } from '../router';

const logo = () => h('p', { class: 'fr-logo' }, 'République', h('br'), 'Française');

function tools(signedIn: boolean): HTMLElement {
  const items = signedIn
    ? [
        h('li', {}, h('span', { class: 'fr-btn fr-icon-account-circle-line' }, 'Camille Exemple')),
        h(
          'li',
          {},
          h('a', { class: 'fr-btn fr-icon-logout-box-r-line', href: `${BASE}connexion` }, 'Se déconnecter'),
        ),
      ]
    : [h('li', {}, h('a', { class: 'fr-btn fr-icon-lock-line', href: `${BASE}connexion` }, 'Se connecter'))];
  return h(
    'div',
    { class: 'fr-header__tools' },
    h('div', { class: 'fr-header__tools-links' }, h('ul', { class: 'fr-btns-group' }, items)),
  );
}

/** DSFR header with the service name, the account links and the main navigation. */
export function header(current: 'demandes' | 'compte' | 'aide' | null, signedIn: boolean): HTMLElement {
  const navLink = (id: typeof current, href: string, text: string) =>
    h(
      'li',
      { class: 'fr-nav__item' },
      h('a', { class: 'fr-nav__link', href, 'aria-current': id === current ? 'page' : null }, text),
    );
  return h(
    'header',
    { role: 'banner', class: 'fr-header' },
    h(
      'div',
      { class: 'fr-header__body' },
      h(
        'div',
        { class: 'fr-container' },
        h(
          'div',
          { class: 'fr-header__body-row' },
          h(
            'div',
            { class: 'fr-header__brand fr-enlarge-link' },
            h('div', { class: 'fr-header__brand-top' }, h('div', { class: 'fr-header__logo' }, logo())),
            h(
              'div',
              { class: 'fr-header__service' },
              h(
                'a',
                { href: BASE, title: 'Accueil — Certif Pro (reconstruction)' },
                h('p', { class: 'fr-header__service-title' }, 'Certif Pro'),
              ),
              h(
                'p',
                { class: 'fr-header__service-tagline' },
                'Téléprocédure d’enregistrement des certifications professionnelles — reconstruction',
              ),
            ),
          ),
          tools(signedIn),
        ),
      ),
    ),
    h(
      'div',
      { class: 'fr-header__menu cp-header-menu' },
      h(
        'div',
        { class: 'fr-container' },
        h(
          'nav',
          { class: 'fr-nav', role: 'navigation', 'aria-label': 'Menu principal' },
          h(
            'ul',
            { class: 'fr-nav__list' },
            navLink('demandes', BASE, 'Mes demandes'),
            navLink('compte', `${BASE}compte/creation`, 'Créer un compte entité'),
            navLink('aide', `${BASE}mentions-legales`, 'Aide et mentions'),
          ),
        ),
      ),
    ),
  );
}

export { logo };
