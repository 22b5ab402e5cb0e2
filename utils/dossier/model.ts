import { z } from 'zod';
import { MAX_GROUP_ITEMS } from './limits';

/** A date written as the platform and the export write it: YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One field's value: text, number, list (multiselect) or empty. */
/** Longest text accepted in one field: published fiches top out near 64 000 characters. */
export const MAX_TEXT = 100_000;

export const FieldValue = z.union([
  z.string().max(MAX_TEXT),
  z.number(),
  z.array(z.string().max(MAX_TEXT)).max(500),
  z.null(),
]);
export type FieldValue = z.infer<typeof FieldValue>;

/** One record of a repeatable group (one bloc, one partenaire…), keyed by the member's key. */
export const GroupItem = z.record(z.string(), FieldValue);
export type GroupItem = z.infer<typeof GroupItem>;

export const AttachmentMeta = z.object({
  id: z.string().min(1),
  /** Catalogue id of the file field it answers, e.g. `pieces.bulletinN3` or `rncp.critere3.pieces`. */
  fieldId: z.string().min(1),
  name: z.string().min(1).max(255),
  type: z.string().max(255),
  size: z.number().int().nonnegative(),
  /** The document's own date (Kbis, B3, délégation must be under 3 months). */
  documentDate: IsoDate.nullable(),
  addedAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

/**
 * A dossier's attachment is its metadata: the bytes live once in the `files` table under the same id
 * (utils/storage/file-store.ts), so that saving a dossier never rewrites them.
 */
export const Attachment = AttachmentMeta;
export type Attachment = AttachmentMeta;

export const Repertoire = z.enum(['RNCP', 'RS']);
export const RequestKind = z.enum(['premiere', 'renouvellement']);
export type RequestKind = z.infer<typeof RequestKind>;

const DossierCore = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  repertoire: Repertoire,
  requestKind: RequestKind,
  /** Code of the certification being renewed (RNCP12345 / RS1234). */
  previousCode: z.string().max(20).nullable(),
  /** Filing date; decides which wording of the criteria applies. */
  filedOn: IsoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Scalar values keyed by catalogue id (`fiche.intitule`). */
  values: z.record(z.string(), FieldValue),
  /** Repeatable groups keyed by group id (`fiche.blocs`), as arrays of records. */
  groups: z.record(z.string(), z.array(GroupItem).max(MAX_GROUP_ITEMS)),
});

export const Dossier = DossierCore.extend({ attachments: z.array(Attachment) });
export type Dossier = z.infer<typeof Dossier>;

/** What crosses a message boundary: since attachments hold no bytes, the dossier itself. */
export const DossierDto = Dossier;
export type DossierDto = Dossier;

/** A copy safe to send or snapshot (drops bytes a record written before schema v3 may still carry). */
export function toDto(d: Dossier): DossierDto {
  return { ...d, attachments: d.attachments.map((a) => AttachmentMeta.parse(a)) };
}
