import type { FieldValue } from '@/utils/dossier/model';
import type { ShownConflict } from './conflict-store';

/** What the notice says, in French: which version shows and where the other one is. */
export function conflictSentence(c: ShownConflict): string {
  return c.kind === 'kept'
    ? 'Modifié dans un autre onglet : votre saisie, plus récente, a remplacé l’autre version, gardée dans l’historique.'
    : 'Modifié dans un autre onglet : la version enregistrée ailleurs, plus récente, remplace la vôtre, gardée dans l’historique.';
}

/** The other version as a field value, when it is one (a text, a number, a list): it can be taken back. */
export function otherFieldValue(c: ShownConflict): FieldValue | undefined {
  const v = c.other;
  if (v === null || typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

/** A short rendering of the other version for « Voir l’autre version ». */
export function otherPreview(v: FieldValue): string {
  if (v === null || v === '') return '(vide)';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '(vide)';
  return String(v);
}
