import { getField } from '@/utils/catalogue';
import { contentStems } from './tokens';

/** Words every label of a criterion shares: they say nothing about which field the remark means. */
const GENERIC = new Set(contentStems('critère argumentaire pièces justificatives'));

function labelStems(id: string): Set<string> {
  const field = getField(id);
  const label = `${field?.label ?? ''} ${field?.shortLabel ?? ''}`;
  return new Set(contentStems(label).filter((s) => !GENERIC.has(s)));
}

/**
 * The fields of a criterion ordered by the remark's own terms: those whose label shares the most words with the
 * remark first (« jury de VAE » → « Description du dispositif de VAE (jury, accompagnement) » before « Critère 6° —
 * pièces justificatives »); ties keep the criterion's order.
 */
export function rankFieldsByTerms(text: string, ids: readonly string[]): string[] {
  const terms = new Set(contentStems(text));
  const score = (id: string) => [...labelStems(id)].filter((s) => terms.has(s)).length;
  return ids
    .map((id, index) => ({ id, index, score: score(id) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.id);
}
