import { type CatalogueField, type GroupId, getField } from '../catalogue';
import { XML_TAGS } from '../catalogue/xml-tags.data';

/**
 * Where the export holds what the renewal does not take from the catalogue's mapping: the
 * previous code is the fiche's own number (NUMERO_FICHE), not its predecessors.
 */
const NOT_FROM_EXPORT = new Set(['demande.numeroFichePrecedente']);

/**
 * Paths the catalogue leaves empty but the export has: an RS fiche's MODALITES_EVALUATION (listed
 * among the export's tags, absent from the six sample fiches) is the RS field « Modalités
 * d'évaluation ».
 */
const EXTRA_TAGS: Readonly<Record<string, string>> = {
  'fiche.modalitesEvaluation': 'MODALITES_EVALUATION',
};

export interface ScalarMapping {
  field: CatalogueField;
  /** Path under `<FICHE>`. */
  path: string;
}

export interface GroupMapping {
  group: GroupId;
  /** Path of one item under `<FICHE>` (`PARTENAIRES/PARTENAIRE`). */
  itemPath: string;
  members: { field: CatalogueField; path: string }[];
}

function commonPrefix(paths: readonly string[][]): string[] {
  const first = paths[0] ?? [];
  let n = 0;
  while (n < first.length - 1 && paths.every((p) => p[n] === first[n] && n < p.length - 1)) n++;
  return first.slice(0, n);
}

function build(): { scalars: ScalarMapping[]; groups: GroupMapping[] } {
  const scalars: ScalarMapping[] = [];
  const byGroup = new Map<GroupId, { field: CatalogueField; path: string }[]>();
  for (const [id, path] of Object.entries({ ...XML_TAGS, ...EXTRA_TAGS })) {
    const field = getField(id);
    if (!field || NOT_FROM_EXPORT.has(id)) continue;
    if (field.group) byGroup.set(field.group, [...(byGroup.get(field.group) ?? []), { field, path }]);
    else scalars.push({ field, path });
  }
  const groups = [...byGroup].map(([group, members]) => {
    const prefix = commonPrefix(members.map((m) => m.path.split('/')));
    const itemPath = prefix.join('/');
    return {
      group,
      itemPath,
      members: members.map((m) => ({ field: m.field, path: m.path.slice(itemPath.length + 1) })),
    };
  });
  return { scalars, groups };
}

/** The catalogue's `xmlTag` mapping, arranged for reading one fiche. */
export const XML_MAP = build();

/** Every path (under `<FICHE>`) the mapping reads, to tell imported elements from the rest. */
export const MAPPED_PATHS = new Set([
  'NUMERO_FICHE',
  ...XML_MAP.scalars.map((s) => s.path),
  ...XML_MAP.groups.flatMap((g) => g.members.map((m) => `${g.itemPath}/${m.path}`)),
]);
