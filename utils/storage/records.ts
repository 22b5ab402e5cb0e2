import { z } from 'zod';
import { DossierDto, IsoDate } from '../dossier/model';

/** A restorable snapshot of a dossier (attachments by metadata; their bytes stay in the files table). */
export const Revision = z.object({
  id: z.number().int().optional(),
  dossierId: z.string(),
  savedAt: z.string(),
  reason: z.enum(['autosave', 'import', 'capture', 'restore', 'prefill', 'rename', 'create']),
  /** Who saved it (one editor page, the capture…): autosaves coalesce only with their own writer's. */
  writer: z.string().optional(),
  snapshot: DossierDto,
});
export type Revision = z.infer<typeof Revision>;

/** A mapping taught by the user: « this control is that catalogue field ». */
export const LearnedMapping = z.object({
  id: z.number().int().optional(),
  /** Normalised description of the control (label, name, id…), see utils/matching. */
  signature: z.string().min(1).max(2000),
  /** Host and path pattern where it was taught (`certifpro.francecompetences.fr`, `/webapp/rncp/*`). */
  host: z.string().max(255),
  pathPattern: z.string().max(1000),
  /** Catalogue id, possibly with a group index `fiche.blocs[1].libelle`; `none` means « never fill ». */
  fieldPath: z.string().min(1).max(200),
  createdAt: z.string(),
});
export type LearnedMapping = z.infer<typeof LearnedMapping>;

/** A character limit read on the platform's page, remembered per catalogue field. */
export const PageLimit = z.object({
  fieldId: z.string(),
  limit: z.number().int().positive(),
  source: z.string().max(200),
  /**
   * What the page's limit counts: the text a rich-text editor shows (`visible`), or the plain
   * text of a textarea (`plain`: the plain rendering, bullets and blank lines included).
   */
  counts: z.enum(['visible', 'plain']).optional(),
  seenAt: z.string(),
});
export type PageLimit = z.infer<typeof PageLimit>;

export const CommentStatus = z.enum(['a_traiter', 'en_cours', 'corrige']);
export type CommentStatus = z.infer<typeof CommentStatus>;

/** One item of an instructor's request for additions, tracked until it is fixed. */
export const TrackedComment = z.object({
  id: z.string(),
  dossierId: z.string(),
  /** Which request it came from (items pasted together share it). */
  requestId: z.string(),
  position: z.number().int().nonnegative(),
  text: z.string().max(100_000),
  /** Criterion number as in fc-criteria.json (`3`, `2 bis`, `R6113-8-1 2°`, `recevabilite`). */
  criterion: z.string().nullable(),
  /** True when the user chose the criterion rather than the engine. */
  criterionByUser: z.boolean(),
  confidence: z.number().min(0).max(1),
  fields: z.array(z.string()),
  status: CommentStatus,
  note: z.string().max(20_000),
  createdAt: z.string(),
  updatedAt: z.string(),
  receivedOn: IsoDate.nullable(),
  /** The title line the remark was written under in the letter (« Critère n° 3 »), if any (schema v5). */
  heading: z.string().max(2_000).optional(),
  /** The user's answer to the remark, for the response to the request (schema v5; absent means none). */
  answer: z.string().max(100_000).optional(),
});
export type TrackedComment = z.infer<typeof TrackedComment>;

const FrenchDateRecord = z.object({
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
  year: z.number().int().nullable(),
});

/** How a letter sets its deadline (utils/comments/deadline.ts `DeadlineRule`), kept to recompute the due date. */
export const DeadlineRuleRecord = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: FrenchDateRecord }),
  z.object({
    kind: z.literal('duration'),
    amount: z.number().int().positive().max(3650),
    unit: z.enum(['jours', 'jours ouvrés', 'jours ouvrables', 'semaines', 'mois']),
    from: z.enum(['reception', 'courrier']),
  }),
]);

export const IgnoredLineRecord = z.object({
  text: z.string().max(10_000),
  /** utils/comments/furniture.ts `FurnitureKind`. */
  kind: z.string().max(40),
  line: z.number().int().nonnegative(),
});

/**
 * One request for additions (« demande de compléments ») of a dossier (schema v5): when it was received,
 * when the answer is due (computed from the letter's deadline), and the letter's lines kept out of the
 * remarks. Its remarks are the tracked comments whose `requestId` is its id.
 */
export const ComplementRequest = z.object({
  id: z.string().min(1),
  dossierId: z.string().min(1),
  receivedOn: IsoDate,
  /** null when the letter sets no deadline. */
  dueOn: IsoDate.nullable(),
  deadline: z
    .object({
      rule: DeadlineRuleRecord,
      words: z.string().max(2_000),
      sentence: z.string().max(10_000),
      letterDate: IsoDate.nullable(),
    })
    .nullable(),
  ignored: z.array(IgnoredLineRecord).max(5_000),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ComplementRequest = z.infer<typeof ComplementRequest>;

export const Setting = z.object({ key: z.string(), value: z.unknown() });
export type Setting = z.infer<typeof Setting>;

/** An attachment's bytes, stored once under the attachment's id (schema v3). */
export interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  storedAt: string;
}

export const PatchEntry = z.object({ slot: z.string().max(400), base: z.unknown(), value: z.unknown() });

/**
 * Edits an editor page has made and not yet seen merged into the dossier (schema v3). Written as the
 * user types, so the background can merge them before any other write or pre-fill read, even when
 * the page was closed before its autosave ran.
 */
export const PendingDraft = z.object({
  /** `${dossierId}|${writer}`: one row per editor page and dossier. */
  key: z.string(),
  dossierId: z.string(),
  writer: z.string().min(1).max(100),
  /** Sequence number of `entries`; a draft never replaces a newer one of the same writer. */
  seq: z.number().int().nonnegative(),
  /** Highest sequence number already merged into the dossier. */
  appliedSeq: z.number().int(),
  entries: z.array(PatchEntry).max(5000),
  writtenAt: z.string(),
});
export type PendingDraft = z.infer<typeof PendingDraft>;
