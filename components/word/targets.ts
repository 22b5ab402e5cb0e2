import { fieldsFor } from '@/utils/catalogue';
import { sectionTitle } from '@/utils/catalogue/sections';
import type { Repertoire } from '@/utils/catalogue/types';
import { frenchSpacing } from '@/utils/readiness/typography';

export interface TargetOption {
  value: string;
  label: string;
}

export interface TargetGroup {
  label: string;
  options: TargetOption[];
}

/** The catalogue's labels come with straight apostrophes and spaces; the preview shows French typography. */
const typographic = (label: string) => frenchSpacing(label.replace(/'/g, '’'));

/**
 * Where a section may go, grouped as the editor's sections: every formatted-text field of the
 * repertoire, then each bloc's fields (existing blocs and those the document adds).
 */
export function targetGroups(repertoire: Repertoire, blocs: number): TargetGroup[] {
  const fields = fieldsFor(repertoire).filter((f) => f.kind === 'textarea' || f.group === 'fiche.blocs');
  const groups: TargetGroup[] = [];
  for (const f of fields.filter((x) => x.group === null)) {
    const label = sectionTitle(f.section);
    const group = groups.find((g) => g.label === label) ?? { label, options: [] };
    if (!groups.includes(group)) groups.push(group);
    group.options.push({ value: f.id, label: typographic(f.shortLabel) });
  }
  for (let i = 0; i < blocs; i++)
    groups.push({
      label: `Bloc de compétences n°\u00a0${i + 1}`,
      options: fields
        .filter((x) => x.group === 'fiche.blocs')
        .map((f) => ({
          value: f.id.replace('[]', `[${i}]`),
          label: `Bloc ${i + 1} — ${typographic(f.shortLabel)}`,
        })),
    });
  return groups;
}
