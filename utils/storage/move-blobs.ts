import type { Transaction } from 'dexie';
import type { StoredFile } from './records';

interface OldAttachment {
  id: string;
  name: string;
  type: string;
  size: number;
  blob?: unknown;
}

/**
 * Schema v3 upgrade: each attachment's bytes leave the dossier record for the `files` table, under
 * the attachment's id; the dossier keeps the metadata. Runs inside the upgrade transaction.
 */
export async function moveBlobsToFiles(tx: Transaction): Promise<void> {
  const dossiers = tx.table<{ id: string; attachments?: OldAttachment[] }, string>('dossiers');
  const storedAt = new Date().toISOString();
  const files: StoredFile[] = (await dossiers.toArray()).flatMap((d) =>
    (d.attachments ?? []).flatMap(({ blob, id, name, type, size }) =>
      blob instanceof Blob ? [{ id, name, type, size, blob, storedAt }] : [],
    ),
  );
  await tx.table<StoredFile, string>('files').bulkPut(files);
  await dossiers.toCollection().modify((d) => {
    d.attachments = (d.attachments ?? []).map(({ blob: _bytes, ...meta }) => meta);
  });
}
