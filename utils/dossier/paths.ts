import { type GroupId, getField, splitGroupId } from '../catalogue';
import { MAX_GROUP_ITEMS } from './limits';
import type { Dossier, FieldValue } from './model';

/** A concrete place in a dossier: `fiche.intitule` or `fiche.blocs[1].libelle` (0-based index). */
export interface FieldPath {
  path: string;
  /** Catalogue id: `fiche.blocs[].libelle`. */
  fieldId: string;
  group: GroupId | null;
  index: number | null;
  key: string;
}

/** A concrete path, or null when it names no catalogue field or an item beyond MAX_GROUP_ITEMS. */
export function parsePath(path: string): FieldPath | null {
  const m = /^(.+)\[(\d+)\]\.(.+)$/.exec(path);
  if (m?.[1] && m[2] && m[3]) {
    const fieldId = `${m[1]}[].${m[3]}`;
    const g = splitGroupId(fieldId);
    const index = Number(m[2]);
    if (!g || !getField(fieldId) || index >= MAX_GROUP_ITEMS) return null;
    return { path, fieldId, group: g.group, index, key: g.key };
  }
  if (!getField(path) || path.includes('[]')) return null;
  return { path, fieldId: path, group: null, index: null, key: path };
}

export function groupPath(fieldId: string, index: number): string {
  return fieldId.replace('[]', `[${index}]`);
}

/** Why a path names no place of a dossier, in French. */
export function unknownPathMessage(path: string): string {
  const index = /\[(\d+)\]/.exec(path)?.[1];
  if (index !== undefined && Number(index) >= MAX_GROUP_ITEMS)
    return `Chemin de champ refusé : ${path} (élément n° ${Number(index) + 1}, un groupe compte au plus ${MAX_GROUP_ITEMS} éléments)`;
  return `Chemin de champ inconnu : ${path}`;
}

/** Request fields that the dossier keeps at top level rather than in `values`. */
const TOP_LEVEL: Record<string, (d: Dossier) => FieldValue> = {
  'demande.repertoire': (d) => d.repertoire,
  'demande.typeDemande': (d) => (d.requestKind === 'renouvellement' ? 'Renouvellement' : 'Première demande'),
  'demande.numeroFichePrecedente': (d) => d.previousCode,
};

export function getValue(d: Dossier | Omit<Dossier, 'attachments'>, path: string): FieldValue {
  const top = TOP_LEVEL[path];
  if (top) return top(d as Dossier);
  const p = parsePath(path);
  if (!p) return null;
  if (p.group === null) return d.values[p.fieldId] ?? null;
  return d.groups[p.group]?.[p.index ?? 0]?.[p.key] ?? null;
}

/** Returns a new dossier with the value set; groups grow as needed. */
export function setValue<D extends Dossier>(d: D, path: string, value: FieldValue): D {
  if (path === 'demande.repertoire' && (value === 'RNCP' || value === 'RS'))
    return { ...d, repertoire: value };
  if (path === 'demande.typeDemande' && typeof value === 'string')
    return { ...d, requestKind: /renouvel/i.test(value) ? 'renouvellement' : 'premiere' };
  if (path === 'demande.numeroFichePrecedente')
    return { ...d, previousCode: typeof value === 'string' && value ? value : null };
  const p = parsePath(path);
  if (!p) throw new Error(unknownPathMessage(path));
  if (p.group === null) return { ...d, values: { ...d.values, [p.fieldId]: value } };
  const items = [...(d.groups[p.group] ?? [])];
  const index = p.index ?? 0;
  while (items.length <= index) items.push({});
  items[index] = { ...items[index], [p.key]: value };
  return { ...d, groups: { ...d.groups, [p.group]: items } };
}

/** True when a value counts as filled (non-blank text, a number, a non-empty list). */
export function isFilled(v: FieldValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.some((x) => x.trim() !== '');
  return v.trim() !== '';
}
