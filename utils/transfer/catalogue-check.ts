import { GROUPS, getField } from '../catalogue';
import type { Dossier, GroupItem } from '../dossier/model';
import { parsePath, unknownPathMessage } from '../dossier/paths';
import type { LearnedMapping } from '../storage/records';

const GROUP_IDS: ReadonlySet<string> = new Set(GROUPS.map((g) => g.id));

/** A scalar catalogue id (`fiche.intitule`), not a group member's. */
function isScalarField(id: string): boolean {
  return !id.includes('[]') && getField(id) !== undefined;
}

/**
 * Keeps only what the catalogue knows: values, groups and group members without a catalogue field
 * are left out and listed (`where` prefixes each, e.g. `dossiers[0]`). Attachments answer file fields.
 */
export function keepCatalogueFields(d: Dossier, where: string): { dossier: Dossier; unknown: string[] } {
  const unknown: string[] = [];
  /** Keeps the entries `known` accepts; lists the others under `prefix`. */
  const keep = <T>(entries: [string, T][], known: (key: string) => boolean, prefix: string) =>
    entries.filter(([key]) => {
      if (known(key)) return true;
      if (!unknown.includes(prefix + key)) unknown.push(prefix + key);
      return false;
    });
  const values = Object.fromEntries(keep(Object.entries(d.values), isScalarField, `${where}.values.`));
  const groups: Record<string, GroupItem[]> = {};
  for (const [g, items] of keep(Object.entries(d.groups), (g) => GROUP_IDS.has(g), `${where}.groups.`)) {
    const isMember = (key: string) => getField(`${g}[].${key}`) !== undefined;
    groups[g] = items.map((item) =>
      Object.fromEntries(keep(Object.entries(item), isMember, `${where}.groups.${g}[].`)),
    );
  }
  const attachments = d.attachments.filter((a) => {
    if (getField(a.fieldId)?.kind === 'file') return true;
    unknown.push(`${where}.attachments (${a.name} → ${a.fieldId})`);
    return false;
  });
  return { dossier: { ...d, values, groups, attachments }, unknown };
}

/** Taught mappings must name a catalogue place (and an item within MAX_GROUP_ITEMS), or `none`. */
export function mappingErrors(mappings: readonly LearnedMapping[]): string[] {
  return mappings.flatMap((m, i) =>
    m.fieldPath === 'none' || parsePath(m.fieldPath)
      ? []
      : [`mappings[${i}].fieldPath : ${unknownPathMessage(m.fieldPath)}`],
  );
}
