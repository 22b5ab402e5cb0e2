import { z } from 'zod';
import { PatchEntry } from './records';

/** A draft as it crosses a boundary (closing message, rescue copy): parsed before it is merged. */
export const DraftMessage = z.object({
  dossierId: z.string().min(1),
  writer: z.string().min(1).max(100),
  seq: z.number().int().nonnegative(),
  entries: z.array(PatchEntry).max(5000),
  editedAt: z.string().max(40).optional(),
});
