import type { FicheSummary } from './summary';

export interface SearchableFiche extends FicheSummary {
  /** Folded title (no accents, lower case) and number digits, computed once. */
  folded: string;
  digits: string;
}

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase();
}

export function searchableEntry(e: FicheSummary): SearchableFiche {
  return { ...e, folded: fold(e.intitule), digits: e.numero.replace(/\D/g, '') };
}

export function searchable(entries: readonly FicheSummary[]): SearchableFiche[] {
  return entries.map(searchableEntry);
}

/**
 * Fiches matching what the person typed: a number (« 35419 », « RNCP354 ») matches numbers that
 * start with it; words match titles containing every one of them, in any order. Exact numbers
 * first, then titles that start with the query, then the rest by number.
 */
export function searchFiches(
  entries: readonly SearchableFiche[],
  query: string,
  limit = 50,
): { total: number; hits: SearchableFiche[] } {
  const q = fold(query).trim();
  if (q === '') return { total: entries.length, hits: entries.slice(0, limit) };
  const number = /^(rncp|rs)?\s*(\d+)$/.exec(q);
  const words = q.split(/\s+/);
  const scored: { e: SearchableFiche; rank: number }[] = [];
  for (const e of entries) {
    let rank = -1;
    if (number?.[2]) {
      const prefix = number[1] ? number[1].toUpperCase() : null;
      if ((!prefix || e.numero.startsWith(prefix)) && e.digits.startsWith(number[2]))
        rank = e.digits === number[2] ? 0 : 1;
    }
    if (rank < 0 && words.every((w) => e.folded.includes(w) || fold(e.numero).includes(w)))
      rank = e.folded.startsWith(q) ? 2 : 3;
    if (rank >= 0) scored.push({ e, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank || a.e.digits.length - b.e.digits.length || a.e.digits.localeCompare(b.e.digits),
  );
  return { total: scored.length, hits: scored.slice(0, limit).map((s) => s.e) };
}
