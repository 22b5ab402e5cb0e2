import type { GroupDef, GroupId } from './types';

/** Repeatable groups. Ids match the prefix before `[]` in catalogue ids. */
export const GROUPS: readonly GroupDef[] = [
  {
    id: 'demande.certificateurs',
    label: 'Certificateurs',
    itemLabel: 'Certificateur',
    section: 'demande',
    repertoire: 'both',
    minItems: { RNCP: 1, RS: 1 },
  },
  {
    id: 'fiche.blocs',
    label: 'Blocs de compétences',
    itemLabel: 'Bloc',
    section: 'fiche',
    repertoire: 'RNCP',
    minItems: { RNCP: 1 },
  },
  {
    id: 'corresp',
    label: 'Correspondances',
    itemLabel: 'Correspondance',
    section: 'correspondances',
    repertoire: 'both',
    minItems: {},
  },
  {
    id: 'partenaires',
    label: 'Partenaires (organismes habilités)',
    itemLabel: 'Partenaire',
    section: 'habilitations',
    repertoire: 'both',
    minItems: {},
  },
  {
    id: 'promotions',
    label: 'Promotions',
    itemLabel: 'Promotion',
    section: 'promotions',
    repertoire: 'both',
    minItems: {},
  },
];

const byId = new Map(GROUPS.map((g) => [g.id, g]));

export function getGroup(id: GroupId): GroupDef {
  const g = byId.get(id);
  if (!g) throw new Error(`Unknown group ${id}`);
  return g;
}

type GroupSplit = Readonly<{ group: GroupId; key: string }> | null;
const splits = new Map<string, GroupSplit>();

/**
 * `fiche.blocs[].libelle` → { group: 'fiche.blocs', key: 'libelle' }; plain ids → null. Remembered
 * per id (the matcher asks it for every candidate of every control).
 */
export function splitGroupId(id: string): GroupSplit {
  let split = splits.get(id);
  if (split === undefined) {
    const m = /^(.+)\[\]\.(.+)$/.exec(id);
    split =
      !m?.[1] || !m[2] || !byId.has(m[1] as GroupId)
        ? null
        : Object.freeze({ group: m[1] as GroupId, key: m[2] });
    if (splits.size < 5000) splits.set(id, split);
  }
  return split;
}
