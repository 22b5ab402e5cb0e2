import { h } from '../dom';
import { BASE } from '../router';
import type { Page } from './page';

export function mentionsPage(): Page {
  return {
    title: 'Mentions légales — Certif Pro (reconstruction)',
    content: [
      h('h1', { class: 'fr-h2' }, 'Aide et mentions'),
      h(
        'p',
        {},
        'Ces écrans sont une reconstruction de la téléprocédure Certif Pro, réalisée sans accès à la plateforme réelle.',
      ),
      h(
        'p',
        {},
        'Ils ne sont ni édités ni validés par France compétences. Aucune donnée saisie n’est transmise ni conservée.',
      ),
      h('p', {}, 'Accessibilité : non conforme (page de démonstration, non auditée).'),
    ],
  };
}

export function notFoundPage(): Page {
  return {
    title: 'Page non trouvée — Certif Pro',
    content: [
      h('h1', { class: 'fr-h2' }, 'Page non trouvée'),
      h('p', { class: 'fr-text--lead' }, 'La page que vous cherchez est introuvable.'),
      h('a', { class: 'fr-btn', href: BASE }, 'Retour à mes demandes'),
    ],
  };
}
