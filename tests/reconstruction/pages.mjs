// The reconstruction's pages, for the snapshot script, the e2e tests, the demo and the benchmark.
export const BASE = '/webapp/rncp/';

export const DEMANDE_IDS = { RNCP: '48213', RS: '48377' };

export const TAB_SLUGS = [
  'identification',
  'fiche',
  'criteres',
  'promotions',
  'partenaires',
  'correspondances',
  'pieces-jointes',
  'complements',
];

export const demandePath = (repertoire, tab) => `${BASE}demandes/${DEMANDE_IDS[repertoire]}/${tab}`;

/**
 * One entry per snapshot. `repertoire`: the répertoire whose catalogue fields the page shows
 * (`both` for the account page, whose `compte.*` fields are common; null when none).
 * `click`: buttons to press (by visible text) before the snapshot.
 */
export const PAGES = [
  { name: 'mes-demandes', page: 'home', path: BASE, repertoire: null },
  { name: 'connexion', page: 'login', path: `${BASE}connexion`, repertoire: null },
  { name: 'compte-creation', page: 'account', path: `${BASE}compte/creation`, repertoire: 'both' },
  ...['RNCP', 'RS'].flatMap((repertoire) =>
    TAB_SLUGS.map((tab) => ({
      name: `${repertoire.toLowerCase()}-${tab}`,
      page: 'demande',
      tab,
      path: demandePath(repertoire, tab),
      repertoire,
    })),
  ),
  {
    name: 'rncp-fiche-ajout-bloc',
    page: 'demande',
    tab: 'fiche',
    path: demandePath('RNCP', 'fiche'),
    repertoire: 'RNCP',
    click: ['Ajouter un bloc de compétences'],
  },
  {
    name: 'rncp-promotions-ajout-promotion',
    page: 'demande',
    tab: 'promotions',
    path: demandePath('RNCP', 'promotions'),
    repertoire: 'RNCP',
    click: ['Ajouter une année'],
  },
];
