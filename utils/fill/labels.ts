import { getField, getGroup } from '../catalogue';
import { parsePath } from '../dossier/paths';

/** « Bloc 2 — Intitulé du bloc » for `fiche.blocs[1].libelle`; the short label otherwise. */
export function pathLabel(path: string): string {
  const p = parsePath(path);
  const field = getField(p?.fieldId ?? path);
  if (!field) return path;
  if (p?.group && p.index !== null)
    return `${getGroup(p.group).itemLabel} ${p.index + 1} — ${field.shortLabel}`;
  return field.shortLabel;
}
