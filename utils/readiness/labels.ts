import { getField, getGroup, splitGroupId } from '../catalogue';
import { parsePath } from '../dossier/paths';

/**
 * The French name of a place of the dossier as the editor shows it: « Intitulé », « Bloc 2 — Modalités
 * d’évaluation », « Pièces — Référentiel ». Takes a concrete path or a catalogue id.
 */
export function pathLabel(path: string, fieldId?: string): string {
  const id = fieldId ?? (path.includes('[]') ? path : (parsePath(path)?.fieldId ?? path));
  const name = getField(id)?.shortLabel ?? id;
  const group = splitGroupId(id);
  const index = /\[(\d+)\]/.exec(path)?.[1];
  if (!group || index === undefined) return name;
  return `${getGroup(group.group).itemLabel} ${Number(index) + 1} — ${name}`;
}

/** A validation problem's label (its concrete path numbered within its group). */
export function problemLabel(p: { fieldId: string; path: string }): string {
  return pathLabel(p.path, p.fieldId);
}
