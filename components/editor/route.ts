/** Hash routes of the editor page (deep links used by the popup and the comments view). */

export type DossierTab = 'saisie' | 'verification' | 'historique' | 'complements';

export type Route =
  | { view: 'list' }
  | { view: 'dossier'; id: string; tab: DossierTab; field: string | null; section: string | null }
  /** The printable response to one request for additions. */
  | { view: 'response'; id: string; requestId: string };

const TABS: readonly DossierTab[] = ['saisie', 'verification', 'historique', 'complements'];

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * `#/dossier/<id>` → the dossier; `#/dossier/<id>/champ/<path>` → the dossier, scrolled to the field;
 * `#/dossier/<id>/section/<id>`, `#/dossier/<id>/historique`… → a section or a tab;
 * `#/dossier/<id>/reponse/<requestId>` → the printable response to a request. Anything else → the list.
 */
export function parseRoute(hash: string): Route {
  const clean = hash.replace(/^#/, '').replace(/^\//, '');
  const m = /^dossier\/([^/]+)(?:\/(.*))?$/.exec(clean);
  const id = m?.[1] ? decode(m[1]) : null;
  if (!id) return { view: 'list' };
  const rest = m?.[2] ?? '';
  const response = /^reponse\/(.+)$/.exec(rest);
  const requestId = response?.[1] ? decode(response[1]) : null;
  if (requestId) return { view: 'response', id, requestId };
  const base = { view: 'dossier' as const, id, tab: 'saisie' as DossierTab, field: null, section: null };
  const field = /^champ\/(.+)$/.exec(rest);
  if (field?.[1]) return { ...base, field: decode(field[1]) };
  const section = /^section\/(.+)$/.exec(rest);
  if (section?.[1]) return { ...base, section: decode(section[1]) };
  if (rest === 'tout') return { ...base, section: ALL_SECTIONS };
  const tab = TABS.find((t) => t === rest);
  return tab ? { ...base, tab } : base;
}

export function dossierHash(id: string, tab: DossierTab = 'saisie'): string {
  const base = `#/dossier/${encodeURIComponent(id)}`;
  return tab === 'saisie' ? base : `${base}/${tab}`;
}

/** The printable response to a request for additions: `#/dossier/<id>/reponse/<requestId>`. */
export function responseHash(id: string, requestId: string): string {
  return `#/dossier/${encodeURIComponent(id)}/reponse/${encodeURIComponent(requestId)}`;
}

export function fieldHash(id: string, path: string): string {
  return `#/dossier/${encodeURIComponent(id)}/champ/${encodeURIComponent(path)}`;
}

/** The « section » that shows every section on one page (`#/dossier/<id>/tout`). */
export const ALL_SECTIONS = '*';

export function sectionHash(id: string, section: string): string {
  if (section === ALL_SECTIONS) return `#/dossier/${encodeURIComponent(id)}/tout`;
  return `#/dossier/${encodeURIComponent(id)}/section/${encodeURIComponent(section)}`;
}

/** Stable DOM id of a field's input: `fiche.blocs[2].libelle` → `champ-fiche-blocs-2-libelle`. */
export function fieldDomId(path: string): string {
  return `champ-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

export function sectionDomId(section: string): string {
  return `section-${section}`;
}
