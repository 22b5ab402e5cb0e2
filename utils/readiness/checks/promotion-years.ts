/** Which promotions of holders the regulation takes into account (R. 6113-9 II, R. 6113-11 II). */
import { parseFrenchNumber } from '../../validation/numbers';
import type { ReadinessContext } from '../types';

export interface Promotion {
  item: Record<string, unknown>;
  index: number;
  year: number;
}

/** Promotions with a plausible year, in the dossier's order. */
export function promotions(ctx: ReadinessContext): Promotion[] {
  return ctx.items('promotions').flatMap(({ item, index }) => {
    const year = parseFrenchNumber((item.annee ?? '') as string | number);
    return Number.isInteger(year) && year >= 1900 && year <= 2999 ? [{ item, index, year }] : [];
  });
}

/** The calendar years taken into account under the current wording: the filing year and the one before. */
export function windowYears(ctx: ReadinessContext): [number, number] {
  const year = Number(ctx.filingDate.slice(0, 4));
  return [year, year - 1];
}

/** Promotions the instructor will analyse: every one under the previous rules, the window's under the new ones. */
export function promotionsInWindow(ctx: ReadinessContext): Promotion[] {
  const all = promotions(ctx);
  if (!ctx.newRules) return all;
  const window = windowYears(ctx);
  return all.filter((p) => window.includes(p.year));
}
