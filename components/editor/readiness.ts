import { SECTIONS, type SectionId } from '@/utils/catalogue';
import { problemLabel } from '@/utils/readiness/labels';
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

export { problemLabel };

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
