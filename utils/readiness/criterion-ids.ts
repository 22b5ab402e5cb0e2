/** Catalogue ids of a criterion's own fields: `rncp.critere2bis.argumentaire`, `rs.critere3.pieces`. */
import type { Repertoire } from './types';

function stem(repertoire: Repertoire, number: string): string {
  return `${repertoire === 'RNCP' ? 'rncp' : 'rs'}.critere${number.replace(/\s+/g, '')}`;
}

export function argumentaireId(repertoire: Repertoire, number: string): string {
  return `${stem(repertoire, number)}.argumentaire`;
}

export function piecesId(repertoire: Repertoire, number: string): string {
  return `${stem(repertoire, number)}.pieces`;
}

/** « critère 2° bis » for messages. */
export function criterionName(number: string): string {
  const m = /^(\d+)(?: (bis|ter|quater|quinquies))?$/.exec(number);
  if (!m) return number;
  return `critère ${m[1]}°${m[2] ? ` ${m[2]}` : ''}`;
}
