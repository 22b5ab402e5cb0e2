import type { PageLimit } from '@/utils/storage/records';
import { effectiveLimit, SOURCE_REMEMBERED } from '@/utils/validation/limits';

export interface FieldLimit {
  limit: number;
  /** French: where the limit comes from. */
  source: string;
  /** `plain`: the page is a plain textarea, its limit counts the plain rendering of formatted text. */
  counts: 'visible' | 'plain';
}

/** The stricter of the catalogue's limit and the one remembered from a platform page, with its source. */
export function limitOf(fieldId: string, pageLimits: ReadonlyMap<string, PageLimit>): FieldLimit | null {
  const page = pageLimits.get(fieldId);
  const { limit, source } = effectiveLimit(fieldId, null, page?.limit);
  if (limit === null) return null;
  const remembered = source === SOURCE_REMEMBERED && page;
  return {
    limit,
    source: remembered ? `${source} (${page.source})` : source,
    counts: remembered ? (page.counts ?? 'visible') : 'visible',
  };
}
