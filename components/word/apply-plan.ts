import type { Dossier } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { valueFor, type WordSection } from '@/utils/word/plan';

/**
 * The dossier with the chosen sections written: sections sent to one field join in document
 * order and replace what the field held. Sections without a target are left out.
 */
export function applyWordSections(d: Dossier, sections: readonly WordSection[]): Dossier {
  const byTarget = new Map<string, string[]>();
  for (const s of sections) if (s.target) byTarget.set(s.target, [...(byTarget.get(s.target) ?? []), s.html]);
  let next = d;
  for (const [target, parts] of byTarget) next = setValue(next, target, valueFor(target, parts.join('')));
  return next;
}
