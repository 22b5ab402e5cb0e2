import { getField, getGroup, SECTIONS, type SectionId, splitGroupId } from '@/utils/catalogue';
import { type DossierInput, type Problem, sectionOf, validateDossier } from '@/utils/validation';

export interface ReadinessItem extends Problem {
  /** « Bloc 2 — Intitulé du bloc », « SIRET »… */
  label: string;
}

export interface ReadinessSection {
  id: SectionId;
  title: string;
  /** Errors and missing required items, in catalogue order. */
  blocking: ReadinessItem[];
  warnings: ReadinessItem[];
}

/** The field's name as the editor shows it, with the item number inside a group. */
export function problemLabel(p: Pick<Problem, 'fieldId' | 'path'>): string {
  const field = getField(p.fieldId);
  const name = field?.shortLabel ?? p.fieldId;
  const group = splitGroupId(p.fieldId);
  const index = /\[(\d+)\]/.exec(p.path)?.[1];
  if (!group || index === undefined) return name;
  return `${getGroup(group.group).itemLabel} ${Number(index) + 1} — ${name}`;
}

/** validateDossier's problems by section, in the platform's order; empty sections left out. */
export function readiness(
  d: DossierInput,
  opts: { limits?: Record<string, number>; today?: Date } = {},
): ReadinessSection[] {
  const problems = validateDossier(d, opts);
  return SECTIONS.map(({ id, title }) => {
    const mine = problems.filter((p) => sectionOf(p) === id).map((p) => ({ ...p, label: problemLabel(p) }));
    return {
      id,
      title,
      blocking: mine.filter((p) => p.severity === 'error'),
      warnings: mine.filter((p) => p.severity === 'warning'),
    };
  }).filter((s) => s.blocking.length + s.warnings.length > 0);
}
