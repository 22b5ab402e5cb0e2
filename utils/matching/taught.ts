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

export function findTaught(
  signature: string,
  taught: readonly TaughtMapping[],
  location: PageLocation | undefined,
): TaughtMatch | null {
  if (!taught.length) return null;
  const usable = taught.filter(
    (m) => isValidTaughtPath(m.fieldPath) && (!location || !m.host || m.host === location.host),
  );
  const exact = best(
    usable.filter((m) => m.signature === signature),
    location,
  );
  if (exact) return { mapping: exact, loose: false };
  const loose = looseSignature(signature);
  const alike = best(
    usable.filter((m) => isGroupPath(m.fieldPath) && looseSignature(m.signature) === loose),
    location,
  );
  return alike ? { mapping: alike, loose: true } : null;
}
