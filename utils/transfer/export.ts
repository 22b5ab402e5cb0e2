import type { Dossier } from '../dossier/model';
import { type CertifillDb, getDb } from '../storage/db';
import { readAttachmentBlob } from '../storage/file-store';
import { blobToBase64 } from './base64';
import { type ExportedDossier, type ExportFile, FORMAT, FORMAT_VERSION } from './format';

async function exportOne(d: Dossier, db: CertifillDb): Promise<ExportedDossier> {
  const attachments = await Promise.all(
    d.attachments.map(async (meta) => {
      const blob = await readAttachmentBlob(meta.id, db);
      if (!blob) throw new Error(`Le contenu de la pièce jointe « ${meta.name} » est introuvable.`);
      return { ...meta, data: await blobToBase64(blob) };
    }),
  );
  const comments = await db.comments.where('dossierId').equals(d.id).toArray();
  const requests = await db.requests.where('dossierId').equals(d.id).toArray();
  return { ...d, attachments, comments, requests };
}

/** Builds the export file of the given dossiers (all when `ids` is omitted), with taught mappings if asked. */
export async function buildExport(
  opts: { ids?: string[]; withMappings?: boolean } = {},
  db: CertifillDb = getDb(),
): Promise<ExportFile> {
  const all = await db.dossiers.toArray();
  const chosen = opts.ids ? all.filter((d) => opts.ids?.includes(d.id)) : all;
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    generator: 'Certifill',
    dossiers: await Promise.all(chosen.map((d) => exportOne(d, db))),
    mappings: opts.withMappings ? await db.mappings.toArray() : [],
  };
}

export function exportFileName(file: ExportFile, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  const only = file.dossiers.length === 1 ? file.dossiers[0] : undefined;
  const slug = only
    ? only.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60)
    : 'dossiers';
  return `certifill-${slug || 'dossier'}-${day}.json`;
}
