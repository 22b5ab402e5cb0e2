import { backgroundMessenger } from '@/utils/messaging/background-messenger';
import { base64ToBytes } from '@/utils/transfer/base64';

/** Fetches stored attachments from the background (the only owner of the database) as Files. */
export async function attachmentFiles(dossierId: string, ids: readonly string[]): Promise<File[]> {
  const files: File[] = [];
  for (const attachmentId of ids) {
    const data = await backgroundMessenger.sendMessage('getAttachmentData', { dossierId, attachmentId });
    const bytes = data ? base64ToBytes(data.base64) : null;
    if (!data || !bytes) throw new Error(`Pièce jointe introuvable dans le dossier (${attachmentId}).`);
    files.push(new File([bytes as Uint8Array<ArrayBuffer>], data.name, { type: data.type }));
  }
  return files;
}
