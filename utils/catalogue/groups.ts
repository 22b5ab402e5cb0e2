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

/** `fiche.blocs[].libelle` → { group: 'fiche.blocs', key: 'libelle' }; plain ids → null. */
export function splitGroupId(id: string): { group: GroupId; key: string } | null {
  const m = /^(.+)\[\]\.(.+)$/.exec(id);
  if (!m?.[1] || !m[2] || !byId.has(m[1] as GroupId)) return null;
  return { group: m[1] as GroupId, key: m[2] };
}
