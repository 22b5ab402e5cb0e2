import { DEMANDES, type Demande } from './data/demandes';
import { isTabSlug, type TabSlug } from './data/tabs';

export const BASE = '/webapp/rncp/';

export type Route =
  | { page: 'home' | 'login' | 'account' | 'mentions' | 'not-found' }
  | { page: 'demande'; demande: Demande; tab: TabSlug };

const STATIC_PAGES: Record<string, Route> = {
  '': { page: 'home' },
  connexion: { page: 'login' },
  'compte/creation': { page: 'account' },
  'mentions-legales': { page: 'mentions' },
};

export function parseRoute(pathname: string): Route {
  if (!pathname.startsWith(BASE) && `${pathname}/` !== BASE) return { page: 'not-found' };
  const rest = pathname.slice(BASE.length).replace(/\/+$/, '');
  const known = STATIC_PAGES[rest];
  if (known) return known;
  const match = /^demandes\/(\d+)(?:\/([a-z-]+))?$/.exec(rest);
  const demande = match?.[1] ? DEMANDES[match[1]] : undefined;
  const tab = match?.[2] ?? 'identification';
  return demande && isTabSlug(tab) ? { page: 'demande', demande, tab } : { page: 'not-found' };
}

export const demandePath = (id: string, tab: TabSlug): string => `${BASE}demandes/${id}/${tab}`;

/** Client-side navigation (tabs): no page reload. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new Event('certifpro:navigate'));
}
