import { ZodError } from 'zod';
import { type GroupId, getField, getGroup } from '@/utils/catalogue';
import { formatPath, frenchIssues } from '@/utils/dossier/zod-fr';
import type { CertifillDb } from '@/utils/storage/db';
import { AttachmentTooLargeError } from '@/utils/storage/file-store';
import { isQuotaError } from '@/utils/storage/quota';
import { quotaMessage } from '@/utils/storage/quota-message';
import { storageUsage } from '@/utils/storage/usage';

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

/** Why a save failed, in French, one line per problem (a full disk says what uses the space). */
export async function describeSaveError(e: unknown, db?: CertifillDb): Promise<string[]> {
  if (e instanceof ZodError) {
    const raw = frenchIssues(e);
    return e.issues.map((issue, i) => {
      const message = raw[i]?.split(' : ').slice(1).join(' : ') ?? issue.message;
      return `${placeOf(issue.path)} : ${message}`;
    });
  }
  if (isQuotaError(e))
    return quotaMessage(await storageUsage(db).catch(() => ({ dossiers: [], usage: null, quota: null })));
  if (e instanceof AttachmentTooLargeError) return [e.message];
  return [`Erreur inattendue : ${e instanceof Error ? e.message : String(e)}`];
}
