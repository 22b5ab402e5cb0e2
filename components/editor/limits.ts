import type { CatalogueField } from '@/utils/catalogue';
import type { PageLimit } from '@/utils/storage/records';

export interface FieldLimit {
  limit: number;
  /** French: where the limit comes from. */
  source: string;
}

/** The stricter of the catalogue's limit and the one remembered from a platform page. */
export function limitOf(
  field: CatalogueField,
  pageLimits: ReadonlyMap<string, PageLimit>,
): FieldLimit | null {
  const page = pageLimits.get(field.id);
  const fromPage = page ? { limit: page.limit, source: `indiquée par la page (${page.source})` } : null;
  const fromCatalogue = field.maxLength
    ? { limit: field.maxLength, source: 'du catalogue des champs' }
    : null;
  if (fromPage && fromCatalogue) return fromPage.limit <= fromCatalogue.limit ? fromPage : fromCatalogue;
  return fromPage ?? fromCatalogue;
}
