import { type Demande, REPERTOIRE_NAMES } from '../data/demandes';
import { TABS, type TabSlug } from '../data/tabs';
import { h, onMounted } from '../dom';
import { matId } from '../ids';
import { breadcrumb } from '../layout/breadcrumb';
import { BASE, demandePath, navigate } from '../router';
import { readValue, writeValue } from '../store';
import { TAB_RENDERERS } from '../tabs';
import type { Page } from './page';

function tabs(demande: Demande, current: TabSlug): HTMLElement {
  const panelId = matId('tabpanel');
  const buttons = TABS.map((tab) => {
    const selected = tab.slug === current;
    return h(
      'li',
      { role: 'presentation' },
      h(
        'button',
        {
          type: 'button',
          class: 'fr-tabs__tab',
          id: `${panelId}-tab-${tab.slug}`,
          role: 'tab',
          tabindex: selected ? 0 : -1,
          'aria-selected': String(selected),
          'aria-controls': panelId,
          onclick: () => navigate(demandePath(demande.id, tab.slug)),
        },
        tab.label,
      ),
    );
  });
  const panel = h(
    'div',
    {
      id: panelId,
      class: 'fr-tabs__panel fr-tabs__panel--selected',
      role: 'tabpanel',
      'aria-labelledby': `${panelId}-tab-${current}`,
      tabindex: 0,
    },
    TAB_RENDERERS[current](demande),
  );
  const list = h(
    'ul',
    { class: 'fr-tabs__list', role: 'tablist', 'aria-label': 'Rubriques de la demande' },
    buttons,
  );
  onMounted(() => {
    const selected = list.querySelector<HTMLElement>('[aria-selected="true"]');
    if (selected) list.scrollLeft = selected.offsetLeft - (list.clientWidth - selected.offsetWidth) / 2;
  });
  return h('div', { class: 'fr-tabs' }, list, panel);
}

function actions(demande: Demande, current: TabSlug): HTMLElement {
  const status = h('div', { class: 'cp-save-status', 'aria-live': 'polite' });
  const save = () =>
    status.replaceChildren(
      h(
        'div',
        { class: 'fr-alert fr-alert--success fr-alert--sm fr-mb-2w' },
        h('p', {}, 'Brouillon enregistré (reconstruction : aucune donnée n’est transmise).'),
      ),
    );
  const next = TABS[TABS.findIndex((tab) => tab.slug === current) + 1];
  // Filing ends the request: nothing may press it but the person (tests check it never is).
  const deposit = () => {
    window.__certifproDeposee = (window.__certifproDeposee ?? 0) + 1;
    status.replaceChildren(
      h(
        'div',
        { class: 'fr-alert fr-alert--warning fr-alert--sm fr-mb-2w' },
        h(
          'p',
          {},
          'Demande déposée (reconstruction : rien n’est transmis, mais ce bouton n’aurait pas dû être pressé par un outil).',
        ),
      ),
    );
  };
  return h(
    'div',
    { class: 'fr-mt-4w' },
    status,
    h(
      'ul',
      { class: 'fr-btns-group fr-btns-group--inline-md fr-btns-group--right' },
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'fr-btn fr-btn--secondary', onclick: save },
          'Enregistrer le brouillon',
        ),
      ),
      next &&
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'fr-btn', onclick: () => navigate(demandePath(demande.id, next.slug)) },
            `Étape suivante : ${next.label}`,
          ),
        ),
    ),
    h(
      'div',
      { class: 'cp-deposit' },
      h(
        'p',
        { class: 'fr-text--sm' },
        'Une fois déposée, la demande ne peut plus être modifiée avant l’instruction.',
      ),
      h(
        'button',
        { type: 'button', class: 'fr-btn fr-btn--icon-left fr-icon-send-plane-line', onclick: deposit },
        'Déposer la demande',
      ),
    ),
  );
}

export function demandePage(demande: Demande, current: TabSlug): Page {
  if (readValue('demande.repertoire') === undefined) writeValue('demande.repertoire', demande.repertoire);
  const tabLabel = TABS.find((tab) => tab.slug === current)?.label ?? '';
  return {
    title: `${tabLabel} — Demande n° ${demande.id} — Certif Pro`,
    content: [
      breadcrumb([{ text: 'Mes demandes', href: BASE }, { text: `Demande n° ${demande.id}` }]),
      h('h1', { class: 'fr-h2 fr-mb-1w' }, `Demande d’enregistrement n° ${demande.id}`),
      h(
        'ul',
        { class: 'fr-badges-group fr-mb-1w' },
        h('li', {}, h('p', { class: 'fr-badge fr-badge--blue-ecume fr-badge--no-icon' }, demande.repertoire)),
        h('li', {}, h('p', { class: `fr-badge fr-badge--${demande.statutTone}` }, demande.statut)),
      ),
      h('p', { class: 'fr-text--lead fr-mb-1w' }, REPERTOIRE_NAMES[demande.repertoire]),
      h(
        'p',
        { class: 'fr-text--sm fr-mb-4w' },
        `Déposant : ${demande.deposant} — dernière modification le ${demande.modifieeLe}`,
      ),
      tabs(demande, current),
      actions(demande, current),
    ],
  };
}
