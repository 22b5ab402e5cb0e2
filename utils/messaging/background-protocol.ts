import { z } from 'zod';
import { type DossierDto, FieldValue } from '../dossier/model';
import type { DraftMessage } from '../storage/draft-message';
import { LearnedMapping, PageLimit } from '../storage/records';

/** Payload schemas: every message is parsed by zod where it is received. */
export const CaptureInput = z.object({
  dossierId: z.string(),
  changes: z.array(z.object({ path: z.string(), value: FieldValue })).max(2000),
});
export const AttachmentChunkRequest = z.object({
  dossierId: z.string(),
  attachmentId: z.string(),
  offset: z.number().int().nonnegative(),
});
/**
 * Raw bytes per attachment message: 8 MiB is about 11 MB of base64, well under Chromium's 64 MiB
 * message limit, so a 200 MB file crosses in 25 messages.
 */
export const ATTACHMENT_CHUNK_BYTES = 8 * 1024 * 1024;
export const MappingInput = LearnedMapping.omit({ id: true, createdAt: true });
export const LimitsInput = z.array(PageLimit.omit({ seenAt: true })).max(2000);
export const OpenEditorInput = z.object({ dossierId: z.string().optional(), path: z.string().optional() });

/** One slice of an attachment's bytes, from `offset`, with the whole file's size. */
export interface AttachmentChunk {
  name: string;
  type: string;
  size: number;
  offset: number;
  base64: string;
}

/** Messages that content scripts send to the background, which owns the database. */
export interface BackgroundProtocol {
  getActiveDossier(): DossierDto | null;
  getAttachmentChunk(data: z.infer<typeof AttachmentChunkRequest>): AttachmentChunk | null;
  applyCapture(data: z.infer<typeof CaptureInput>): DossierDto;
  /** A closing editor page's pending edits: merged at once; true when the dossier holds them. */
  applyDraft(data: z.infer<typeof DraftMessage>): boolean;
  listMappings(): LearnedMapping[];
  saveMapping(data: z.infer<typeof MappingInput>): LearnedMapping;
  deleteMapping(id: number): void;
  rememberPageLimits(data: z.infer<typeof LimitsInput>): void;
  listPageLimits(): PageLimit[];
  openEditor(data: z.infer<typeof OpenEditorInput>): void;
  /** Injects the pre-fill engine into the sending frame (entrypoints/prefill-engine.ts). */
  loadPrefillEngine(): void;
}

export { backgroundMessenger } from './background-messenger';
