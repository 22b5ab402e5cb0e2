import { getField } from '../catalogue';

export const SOURCE_PAGE = 'indiquée par la page';
export const SOURCE_REMEMBERED = 'relevée précédemment sur la page';
/** The limit Certif Pro usually sets for the field (the catalogue's), when no page said otherwise. */
export const SOURCE_CATALOGUE = 'habituelle de la plateforme';

export interface EffectiveLimit {
  limit: number | null;
  /** Where the limit comes from, in French; '' when there is none. */
  source: string;
}

const usable = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0;

/**
 * The stricter of the catalogue default, the limit remembered from an earlier visit and the limit
 * the page states now. On a tie the page now wins, then the remembered one: they are the platform's word.
 */
export function effectiveLimit(
  fieldId: string,
  pageLimit?: number | null,
  remembered?: number | null,
): EffectiveLimit {
  const candidates: EffectiveLimit[] = [];
  if (usable(pageLimit)) candidates.push({ limit: pageLimit, source: SOURCE_PAGE });
  if (usable(remembered)) candidates.push({ limit: remembered, source: SOURCE_REMEMBERED });
  const fallback = getField(fieldId)?.maxLength;
  if (usable(fallback)) candidates.push({ limit: fallback, source: SOURCE_CATALOGUE });
  let best: EffectiveLimit = { limit: null, source: '' };
  for (const c of candidates) if (best.limit === null || (c.limit as number) < best.limit) best = c;
  return best;
}
