import { z } from 'zod';
import { type DossierDto, FieldValue } from '../dossier/model';
import { LearnedMapping, PageLimit } from '../storage/records';

/** Payload schemas: every message is parsed by zod where it is received. */
export const CaptureInput = z.object({
  dossierId: z.string(),
  changes: z.array(z.object({ path: z.string(), value: FieldValue })).max(2000),
});
export const AttachmentRequest = z.object({ dossierId: z.string(), attachmentId: z.string() });
export const MappingInput = LearnedMapping.omit({ id: true, createdAt: true });
export const LimitsInput = z.array(PageLimit.omit({ seenAt: true })).max(2000);
export const OpenEditorInput = z.object({ dossierId: z.string().optional(), path: z.string().optional() });

export interface AttachmentData {
  name: string;
  type: string;
  base64: string;
}

/** Messages that content scripts send to the background, which owns the database. */
export interface BackgroundProtocol {
  getActiveDossier(): DossierDto | null;
  getAttachmentData(data: z.infer<typeof AttachmentRequest>): AttachmentData | null;
  applyCapture(data: z.infer<typeof CaptureInput>): DossierDto;
  listMappings(): LearnedMapping[];
  saveMapping(data: z.infer<typeof MappingInput>): LearnedMapping;
  deleteMapping(id: number): void;
  rememberPageLimits(data: z.infer<typeof LimitsInput>): void;
  listPageLimits(): PageLimit[];
  openEditor(data: z.infer<typeof OpenEditorInput>): void;
}

export { backgroundMessenger } from './background-messenger';
