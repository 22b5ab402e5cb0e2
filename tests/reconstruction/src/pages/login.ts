import { checkbox } from '../controls/checkbox';
import { textInput } from '../controls/text-input';
import { h } from '../dom';
import { BASE } from '../router';
import type { Page } from './page';

/** Login form: none of its controls belongs to the catalogue. */
export function loginPage(): Page {
  const form = h(
    'form',
    {
      class: 'cp-form',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        location.assign(BASE);
      },
    },
    h(
      'fieldset',
      { class: 'fr-fieldset' },
      h(
        'legend',
        { class: 'fr-fieldset__legend' },
        h('h2', { class: 'fr-h4' }, 'Se connecter avec son compte'),
      ),
      h(
        'div',
        { class: 'fr-fieldset__element' },
        textInput({
          truth: 'none',
          key: 'none:login',
          label: 'Identifiant',
          hint: 'Adresse électronique',
          type: 'email',
          autocomplete: 'username',
        }),
      ),
      h(
        'div',
        { class: 'fr-fieldset__element' },
        textInput({
          truth: 'none',
          key: 'none:password',
          label: 'Mot de passe',
          type: 'password',
          autocomplete: 'current-password',
        }),
      ),
      h(
        'div',
        { class: 'fr-fieldset__element' },
        checkbox({ truth: 'none', key: 'none:remember', label: 'Se souvenir de moi' }),
      ),
    ),
    h(
      'ul',
      { class: 'fr-btns-group' },
      h('li', {}, h('button', { type: 'submit', class: 'fr-btn' }, 'Se connecter')),
    ),
  );
  return {
    title: 'Connexion — Certif Pro',
    content: [
      h(
        'div',
        { class: 'fr-grid-row fr-grid-row--center' },
        h(
          'div',
          { class: 'fr-col-12 fr-col-md-8 fr-col-lg-6' },
          h('h1', { class: 'fr-h2' }, 'Connexion à Certif Pro'),
          form,
          h('hr', { class: 'fr-mt-4w' }),
          h('h2', { class: 'fr-h5' }, 'Vous n’avez pas de compte ?'),
          h('a', { class: 'fr-btn fr-btn--secondary', href: `${BASE}compte/creation` }, 'Créer un compte'),
        ),
      ),
    ],
  };
}
