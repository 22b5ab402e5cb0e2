import { fieldHash, sectionHash } from '@/components/editor/route';
import { getField, splitGroupId } from '@/utils/catalogue';
import { groupPath } from '@/utils/dossier/paths';

/** What the editor needs of a dossier to place a field. */
export interface DossierShape {
  id: string;
  groups: Record<string, readonly unknown[]>;
}

/** Short French label of a catalogue field (`getField(id).shortLabel`), or the id when unknown. */
export function fieldLabel(id: string): string {
  return getField(id)?.shortLabel ?? id;
}

/**
 * Editor address of a field: the field itself (the first item of its group for a repeatable one), or the
 * group's section when the dossier has no item in that group yet.
 */
export function editorHash(dossier: DossierShape, id: string): string {
  const g = splitGroupId(id);
  if (!g) return fieldHash(dossier.id, id);
  if ((dossier.groups[g.group]?.length ?? 0) > 0) return fieldHash(dossier.id, groupPath(id, 0));
  const section = getField(id)?.section;
  return section ? sectionHash(dossier.id, section) : fieldHash(dossier.id, id);
}
