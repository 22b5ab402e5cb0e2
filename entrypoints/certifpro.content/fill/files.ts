import { backgroundMessenger } from '@/utils/messaging/background-messenger';
import { base64ToBytes } from '@/utils/transfer/base64';

/** One stored attachment as a File, fetched from the background chunk by chunk (files up to 200 MB). */
async function attachmentFile(dossierId: string, attachmentId: string): Promise<File> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let meta: { name: string; type: string; size: number } | null = null;
  do {
    const chunk = await backgroundMessenger.sendMessage('getAttachmentChunk', {
      dossierId,
      attachmentId,
      offset,
    });
    const bytes = chunk ? base64ToBytes(chunk.base64) : null;
    if (!chunk || !bytes || chunk.offset !== offset)
      throw new Error(`Pièce jointe introuvable dans le dossier (${attachmentId}).`);
    if (bytes.length === 0 && offset < chunk.size)
      throw new Error(`Pièce jointe incomplète (${chunk.name}) : réessayez.`);
    meta = chunk;
    parts.push(bytes as Uint8Array<ArrayBuffer>);
    offset += bytes.length;
  } while (offset < meta.size);
  return new File(parts, meta.name, { type: meta.type });
}

/** Fetches stored attachments from the background (the only owner of the database) as Files. */
export async function attachmentFiles(dossierId: string, ids: readonly string[]): Promise<File[]> {
  const files: File[] = [];
  for (const id of ids) files.push(await attachmentFile(dossierId, id));
  return files;
}
