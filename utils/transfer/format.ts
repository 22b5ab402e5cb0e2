import { z } from 'zod';
import { AttachmentMeta, DossierDto } from '../dossier/model';
import { LearnedMapping, TrackedComment } from '../storage/records';

/** Name and version of the export format, documented in README (« Format d'échange »). */
export const FORMAT = 'certifill-dossiers';
export const FORMAT_VERSION = 1;
/** Larger files are refused before parsing (attachments included, in base64). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const ExportedAttachment = AttachmentMeta.extend({ data: z.string() });

export const ExportedDossier = DossierDto.extend({
  attachments: z.array(ExportedAttachment),
  comments: z.array(TrackedComment).default([]),
});
export type ExportedDossier = z.infer<typeof ExportedDossier>;

export const ExportFile = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  exportedAt: z.string(),
  generator: z.string().optional(),
  dossiers: z.array(ExportedDossier),
  mappings: z.array(LearnedMapping).default([]),
});
export type ExportFile = z.infer<typeof ExportFile>;
