import { editorHash } from '@/components/comments/field-target';
import { fieldHash } from '@/components/editor/route';

/**
 * The editor address of a finding's place: a concrete path (`fiche.blocs[1].libelle`) opens that field; a
 * catalogue id of a group member (`promotions[].annee`) opens its first item, or the group's section when empty.
 */
export function pathHash(
  dossier: { id: string; groups: Record<string, readonly unknown[]> },
  path: string,
): string {
  return path.includes('[]') ? editorHash(dossier, path) : fieldHash(dossier.id, path);
}
