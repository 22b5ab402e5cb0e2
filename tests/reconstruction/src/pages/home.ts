import { dsfrTable } from '../controls/table';
import { textInput } from '../controls/text-input';
import { DEMANDES } from '../data/demandes';
import { h } from '../dom';
import { demandePath } from '../router';
import type { Page } from './page';

const ARCHIVES = [
  {
    id: '47102',
    projet: 'Accompagnement à la création d’entreprise',
    repertoire: 'RS',
    statut: 'Enregistrée (RS6120)',
    tone: 'success',
    date: '18/11/2025',
  },
  {
    id: '45990',
    projet: 'Gestionnaire de paie',
    repertoire: 'RNCP',
    statut: 'Refusée',
    tone: 'error',
    date: '04/06/2025',
  },
];

function rows(): HTMLElement[] {
  const open = Object.values(DEMANDES).map((demande) =>
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: demandePath(demande.id, 'identification') }, `n° ${demande.id}`)),
      h(
        'td',
        {},
        demande.repertoire === 'RNCP'
          ? 'Projet — rénovation énergétique des bâtiments'
          : 'Projet — éco-conduite des engins',
      ),
      h('td', {}, demande.repertoire),
      h('td', {}, h('p', { class: `fr-badge fr-badge--sm fr-badge--${demande.statutTone}` }, demande.statut)),
      h('td', {}, demande.modifieeLe),
    ),
  );
  const archived = ARCHIVES.map((row) =>
    h(
      'tr',
      {},
      h('td', {}, `n° ${row.id}`),
      h('td', {}, row.projet),
      h('td', {}, row.repertoire),
      h('td', {}, h('p', { class: `fr-badge fr-badge--sm fr-badge--${row.tone}` }, row.statut)),
      h('td', {}, row.date),
    ),
  );
  return [...open, ...archived];
}

export function homePage(): Page {
  const head = h(
    'tr',
    {},
    ['Demande', 'Projet', 'Répertoire', 'Statut', 'Dernière modification'].map((text) =>
      h('th', { scope: 'col' }, text),
    ),
  );
  return {
    title: 'Mes demandes — Certif Pro',
    content: [
      h('h1', { class: 'fr-h2' }, 'Mes demandes'),
      h(
        'div',
        { class: 'fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w' },
        h(
          'div',
          { class: 'fr-col-12 fr-col-md-6' },
          textInput({
            truth: 'none',
            key: 'none:rechercheDemande',
            label: 'Rechercher une demande',
            hint: 'Numéro, projet ou statut',
            type: 'search',
          }),
        ),
        h(
          'div',
          { class: 'fr-col-12 fr-col-md-6 cp-align-right' },
          h(
            'button',
            { type: 'button', class: 'fr-btn fr-icon-add-line fr-btn--icon-left', disabled: true },
            'Nouvelle demande',
          ),
        ),
      ),
      dsfrTable('Demandes d’enregistrement de votre entité', head, rows()),
    ],
  };
}
