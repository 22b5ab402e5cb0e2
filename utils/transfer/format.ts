import { z } from 'zod';
import { AttachmentMeta, DossierDto } from '../dossier/model';
import { ComplementRequest, LearnedMapping, TrackedComment } from '../storage/records';

/** Name and version of the export format, documented in README (« The exchange format »). */
export const FORMAT = 'certifill-dossiers';
/**
 * Version 3: each dossier carries its requests for additions (`requests`: received, due date, the
 * letter's ignored lines) and each remark its `answer`. Version 2: every textarea value is formatted
 * text, sanitized HTML of the subset of utils/richtext. Versions 1 (plain text, converted on the way
 * in) and 2 still import; their remarks get a request each (received on the day they say).
 */
export const FORMAT_VERSION = 3;
export const READABLE_VERSIONS = [1, 2, 3] as const;
/** Larger files are refused before parsing (attachments included, in base64). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const ExportedAttachment = AttachmentMeta.extend({ data: z.string() });

export const ExportedDossier = DossierDto.extend({
  attachments: z.array(ExportedAttachment),
  comments: z.array(TrackedComment).default([]),
  requests: z.array(ComplementRequest).default([]),
});
export type ExportedDossier = z.infer<typeof ExportedDossier>;

export const ExportFile = z.object({
  format: z.literal(FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(FORMAT_VERSION)]),
  exportedAt: z.string(),
  generator: z.string().optional(),
  dossiers: z.array(ExportedDossier),
  mappings: z.array(LearnedMapping).default([]),
});
export type ExportFile = z.infer<typeof ExportFile>;
