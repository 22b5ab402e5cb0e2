import {
  type CatalogueField,
  fieldsFor,
  GROUPS,
  type GroupDef,
  type Repertoire,
  SECTIONS,
  type SectionId,
} from '@/utils/catalogue';

/** Request fields shown at the top of the dossier rather than in their section. */
export const HEADER_FIELDS: ReadonlySet<string> = new Set([
  'demande.repertoire',
  'demande.typeDemande',
  'demande.numeroFichePrecedente',
]);

export interface Member {
  field: CatalogueField;
  /** Label inside the cluster (the legend already says which criterion or voie). */
  label: string;
}

export type Block =
  | { kind: 'field'; field: CatalogueField }
  | { kind: 'cluster'; key: string; legend: string; members: Member[] }
  | { kind: 'group'; group: GroupDef; fields: CatalogueField[] };

export interface SectionLayout {
  id: SectionId;
  title: string;
  blocks: Block[];
  fields: CatalogueField[];
}

/** Criteria (argumentaire + pièces) and voies d'accès (autorisé + jury) are shown as small fieldsets. */
function clusterOf(f: CatalogueField): { key: string; legend: string; label: string } | null {
  const crit = /^(rncp|rs)\.critere([^.]+)\.(argumentaire|pieces)$/.exec(f.id);
  if (crit) {
    const legend = f.label.replace(/\s*\(argumentaire\)$/, '').replace(/ — pièces justificatives$/, '');
    return {
      key: `${crit[1]}.critere${crit[2]}`,
      legend,
      label: crit[3] === 'argumentaire' ? 'Argumentaire' : 'Pièces justificatives',
    };
  }
  const voie = /^fiche\.voiesAcces\.(\w+)\.(autorise|compositionJury)$/.exec(f.id);
  if (voie) {
    const [head, tail] = f.label.split(' — ');
    return { key: `voie.${voie[1]}`, legend: tail ?? f.label, label: head ?? f.label };
  }
  return null;
}

export function layoutSection(fields: readonly CatalogueField[]): Block[] {
  const blocks: Block[] = [];
  for (const f of fields) {
    if (HEADER_FIELDS.has(f.id)) continue;
    if (f.group) {
      const existing = blocks.find((b) => b.kind === 'group' && b.group.id === f.group);
      if (existing?.kind === 'group') existing.fields.push(f);
      else blocks.push({ kind: 'group', group: GROUPS.find((g) => g.id === f.group)!, fields: [f] });
      continue;
    }
    const c = clusterOf(f);
    if (!c) {
      blocks.push({ kind: 'field', field: f });
      continue;
    }
    const existing = blocks.find((b) => b.kind === 'cluster' && b.key === c.key);
    if (existing?.kind === 'cluster') {
      existing.members.push({ field: f, label: c.label });
      // The criterion's legend is its title, taken from the argumentaire when it comes later.
      if (c.label === 'Argumentaire') existing.legend = c.legend;
    } else
      blocks.push({ kind: 'cluster', key: c.key, legend: c.legend, members: [{ field: f, label: c.label }] });
  }
  return blocks;
}

/** The sections of a repertoire's dossier, in the platform's order, empty ones left out. */
export function layoutDossier(repertoire: Repertoire): SectionLayout[] {
  const all = fieldsFor(repertoire);
  return SECTIONS.map((s) => {
    const fields = all.filter((f) => f.section === s.id);
    return { id: s.id, title: s.title, blocks: layoutSection(fields), fields };
  }).filter((s) => s.blocks.length > 0);
}

/**
 * The section that shows a path (`fiche.blocs[2].libelle`, `fiche.blocs`, `compte.siret`), or
 * null when none of `sections` holds it.
 */
export function sectionOfPath(sections: readonly SectionLayout[], path: string): SectionLayout | null {
  // Group members are catalogued as `fiche.blocs[].libelle`; header fields (répertoire, type de
  // demande) belong to no section: they are shown above every one.
  const id = path.replace(/\[\d+\]/g, '[]');
  return sections.find((s) => s.fields.some((f) => f.id === id || f.group === id)) ?? null;
}
