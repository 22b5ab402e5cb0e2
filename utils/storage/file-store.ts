import { newId } from '../dossier/factory';
import type { AttachmentMeta } from '../dossier/model';
import type { CertifillDb } from './db';
import { getDb } from './db';
import type { StoredFile } from './records';
import { mutateDossier, type PatchResult } from './save-patch';

/**
 * The one storage API for attachment bytes. Bytes are written once, when a file is added, in the
 * `files` table under the attachment's id; dossiers and their history hold metadata only.
 */

/** Largest attachment accepted: what the platform's upload and the chunked pre-fill transfer carry. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;

export class AttachmentTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly size: number,
  ) {
    super(
      `« ${fileName} » n’a pas été ajouté : il pèse ${formatMegabytes(size)}, au-delà de la limite de ${formatMegabytes(MAX_ATTACHMENT_BYTES)} par pièce jointe. Réduisez-le (PDF compressé, numérisation en 150 ppp) ou découpez-le, puis ajoutez-le de nouveau.`,
    );
    this.name = 'AttachmentTooLargeError';
  }
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb.toLocaleString('fr-FR', { maximumFractionDigits: mb < 10 ? 1 : 0 })}\u00a0Mo`;
}

export function attachmentMeta(
  fieldId: string,
  file: Blob & { name?: string },
  now = new Date(),
): AttachmentMeta {
  return {
    id: newId(),
    fieldId,
    name: (file.name || 'document').slice(0, 255),
    type: (file.type || 'application/octet-stream').slice(0, 255),
    size: file.size,
    documentDate: null,
    addedAt: now.toISOString(),
  };
}

/** Throws AttachmentTooLargeError for the first file over the limit (nothing is written then). */
export function checkAttachmentSizes(files: readonly (Blob & { name?: string })[]): void {
  const big = files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
  if (big) throw new AttachmentTooLargeError(big.name || 'document', big.size);
}

export function storedFile(meta: AttachmentMeta, blob: Blob, now = new Date()): StoredFile {
  return {
    id: meta.id,
    name: meta.name,
    type: meta.type,
    size: blob.size,
    blob,
    storedAt: now.toISOString(),
  };
}

/**
 * Adds files to a field of a dossier: their bytes to the files table and their metadata to the
 * dossier, in one transaction. Files over MAX_ATTACHMENT_BYTES are refused before anything is written.
 */
export async function addAttachmentFiles(
  dossierId: string,
  fieldId: string,
  files: readonly File[],
  opts: { writer?: string } = {},
  db: CertifillDb = getDb(),
): Promise<PatchResult & { added: AttachmentMeta[] }> {
  checkAttachmentSizes(files);
  const metas = files.map((f) => attachmentMeta(fieldId, f));
  const result = await db.transaction('rw', [db.files, db.dossiers, db.revisions, db.drafts], async () => {
    await db.files.bulkPut(metas.map((m, i) => storedFile(m, files[i] as File)));
    return mutateDossier(dossierId, (d) => ({ ...d, attachments: [...d.attachments, ...metas] }), opts, db);
  });
  return { ...result, added: metas };
}

/** The bytes of an attachment, or undefined when they are not kept (removed long ago). */
export async function readAttachmentBlob(id: string, db: CertifillDb = getDb()): Promise<Blob | undefined> {
  return (await db.files.get(id))?.blob;
}

/** Size, name and type of stored bytes, without reading them. */
export async function attachmentFileInfo(
  id: string,
  db: CertifillDb = getDb(),
): Promise<Pick<StoredFile, 'id' | 'name' | 'type' | 'size'> | undefined> {
  const f = await db.files.get(id);
  return f ? { id: f.id, name: f.name, type: f.type, size: f.blob.size } : undefined;
}

/** `length` bytes of an attachment from `offset` (fewer at its end); undefined when not kept. */
export async function readAttachmentChunk(
  id: string,
  offset: number,
  length: number,
  db: CertifillDb = getDb(),
): Promise<Uint8Array | undefined> {
  const blob = await readAttachmentBlob(id, db);
  if (!blob) return undefined;
  return new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
}

/** Copies stored bytes under new ids (a dossier's copy gets its own attachments). Inside a transaction with files. */
export async function copyAttachmentFiles(pairs: readonly { from: string; to: string }[], db: CertifillDb) {
  const sources = await db.files.bulkGet(pairs.map((p) => p.from));
  const copies = pairs.flatMap((p, i) => {
    const s = sources[i];
    return s ? [{ ...s, id: p.to }] : [];
  });
  await db.files.bulkPut(copies);
}
