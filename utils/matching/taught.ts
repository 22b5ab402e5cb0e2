import { getField } from '../catalogue';
import { parsePath } from '../dossier/paths';
import { looseSignature } from './signature';
import type { TaughtMapping } from './types';

/**
 * Mappings taught by the user win over the heuristic. Same signature and host; the same path
 * pattern first, then « pages alike » (another path of the same host). For a repeated group, a
 * mapping also applies to the other instances (« Bloc 3 » like « Bloc 2 »), its index then coming
 * from the page's structure.
 */

export interface PageLocation {
  host: string;
  pathname: string;
}

export interface TaughtMatch {
  mapping: TaughtMapping;
  /** Matched through `looseSignature`: only the group, not the index, was taught. */
  loose: boolean;
}

/** A pathname with its id-like segments (numbers, uuids, hashes) turned into `*`. */
export function pathPatternOf(pathname: string): string {
  return pathname
    .split('/')
    .map((seg) => (/\d/.test(seg) && /^[\w-]{1,64}$/.test(seg) && !/^[a-z]+$/i.test(seg) ? '*' : seg))
    .join('/');
}

export function pathMatches(pattern: string, pathname: string): boolean {
  if (!pattern || pattern === pathname) return true;
  const re = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${re}/?$`).test(pathname);
}

/** `none`, a catalogue id (`fiche.blocs[].libelle`) or a concrete path (`fiche.blocs[1].libelle`). */
export function isValidTaughtPath(fieldPath: string): boolean {
  return fieldPath === 'none' || parsePath(fieldPath) !== null || getField(fieldPath) !== undefined;
}

export function isGroupPath(fieldPath: string): boolean {
  return /\[\d*\]/.test(fieldPath);
}

function best(list: TaughtMapping[], location: PageLocation | undefined): TaughtMapping | undefined {
  if (!location) return list[0];
  return list.find((m) => pathMatches(m.pathPattern, location.pathname)) ?? list[0];
}

/** The best usable mapping of each key, in the order mappings were taught. */
function bestByKey(
  mappings: readonly TaughtMapping[],
  keyOf: (m: TaughtMapping) => string,
  location: PageLocation | undefined,
): Map<string, TaughtMapping> {
  const lists = new Map<string, TaughtMapping[]>();
  for (const m of mappings) {
    const key = keyOf(m);
    const list = lists.get(key);
    if (list) list.push(m);
    else lists.set(key, [m]);
  }
  const out = new Map<string, TaughtMapping>();
  for (const [key, list] of lists) {
    const chosen = best(list, location);
    if (chosen) out.set(key, chosen);
  }
  return out;
}

/**
 * The taught mapping of a signature on this page, as a lookup built once per scan: the mappings'
 * validity, host and path patterns do not depend on the control.
 */
export function taughtFinder(
  taught: readonly TaughtMapping[],
  location: PageLocation | undefined,
): (signature: string) => TaughtMatch | null {
  if (!taught.length) return () => null;
  const usable = taught.filter(
    (m) => isValidTaughtPath(m.fieldPath) && (!location || !m.host || m.host === location.host),
  );
  const exact = bestByKey(usable, (m) => m.signature, location);
  const alike = bestByKey(
    usable.filter((m) => isGroupPath(m.fieldPath)),
    (m) => looseSignature(m.signature),
    location,
  );
  return (signature) => {
    const mapping = exact.get(signature);
    if (mapping) return { mapping, loose: false };
    const similar = alike.get(looseSignature(signature));
    return similar ? { mapping: similar, loose: true } : null;
  };
}
