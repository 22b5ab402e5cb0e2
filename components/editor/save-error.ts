import { ZodError } from 'zod';
import { type GroupId, getField, getGroup } from '@/utils/catalogue';
import { formatPath, frenchIssues } from '@/utils/dossier/zod-fr';

/** « values.fiche.intitule » → « Intitulé de la certification » when the path names a catalogue field. */
function placeOf(path: readonly PropertyKey[]): string {
  const [root, id, index, key] = path;
  if (root === 'values' && typeof id === 'string') return getField(id)?.shortLabel ?? id;
  if (root === 'groups' && typeof id === 'string' && typeof index === 'number') {
    const field = typeof key === 'string' ? getField(`${id}[].${key}`) : undefined;
    try {
      const item = `${getGroup(id as GroupId).itemLabel} ${index + 1}`;
      return field ? `${item} — ${field.shortLabel}` : item;
    } catch {
      return formatPath(path);
    }
  }
  if (root === 'name') return 'Nom du dossier';
  if (root === 'previousCode') return 'Code de la certification précédente';
  if (root === 'filedOn') return 'Date de dépôt';
  return formatPath(path);
}

/** Why a save failed, in French, one line per problem. */
export function describeSaveError(e: unknown): string[] {
  if (e instanceof ZodError) {
    const raw = frenchIssues(e);
    return e.issues.map((issue, i) => {
      const message = raw[i]?.split(' : ').slice(1).join(' : ') ?? issue.message;
      return `${placeOf(issue.path)} : ${message}`;
    });
  }
  const name = (e as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError')
    return ['Espace de stockage insuffisant : libérez de la place sur le disque.'];
  return [`Erreur inattendue : ${e instanceof Error ? e.message : String(e)}`];
}
