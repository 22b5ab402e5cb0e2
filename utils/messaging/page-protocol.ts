import { z } from 'zod';
import { FieldValue } from '../dossier/model';
import type { ApplyInput, FocusInput, UndoInput } from './content-inputs';

export { ApplyInput, FocusInput, UndoInput } from './content-inputs';
export { pageMessenger } from './page-messenger';

/**
 * Messages from the popup to the content script of a Certif Pro tab (top frame). Both ends parse
 * with these schemas: the popup never trusts what a page-side script answers without checking.
 */
const Control = z.enum([
  'text',
  'textarea',
  'select',
  'multiselect',
  'radio',
  'checkbox',
  'file',
  'richtext',
]);
const Decision = z.enum(['auto', 'taught', 'a_verifier', 'ignored']);
export const PlanDecisionSchema = z.enum([
  'a_remplir',
  'identique',
  'different',
  'trop_long',
  'invalide',
  'a_creer',
  'sans_ajout',
  'a_verifier',
  'sans_valeur',
  'option_introuvable',
  'non_modifiable',
  'invisible',
  'ignore',
]);

export const FieldSummary = z.object({
  key: z.string(),
  path: z.string().nullable(),
  fieldId: z.string().nullable(),
  label: z.string(),
  decision: Decision,
  control: Control,
  confidence: z.number(),
  signature: z.string(),
  candidates: z.array(z.object({ fieldId: z.string(), score: z.number() })),
  current: z.string(),
});
export type FieldSummary = z.infer<typeof FieldSummary>;

export const DossierRef = z.object({ id: z.string(), name: z.string(), repertoire: z.enum(['RNCP', 'RS']) });

/**
 * Where the page stands in the request: its tabs as the page shows them, the one shown, and the
 * dossier's values of this tab already on the platform / still to do.
 */
export const TabStanding = z.object({
  tab: z.string().nullable(),
  tabs: z.array(z.string()).max(40),
  onPlatform: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
  sections: z.array(z.string()),
});
export type TabStanding = z.infer<typeof TabStanding>;

export const PageScan = z.object({
  /** `location.host` of the page: taught mappings are kept per host. */
  host: z.string(),
  pathname: z.string(),
  pathPattern: z.string(),
  dossier: DossierRef.nullable(),
  /** RNCP or RS as the page says, when it says. */
  pageRepertoire: z.enum(['RNCP', 'RS']).nullable(),
  fields: z.array(FieldSummary),
  undoAvailable: z.boolean(),
  /** Null without an active dossier. */
  standing: TabStanding.nullable().default(null),
});
export type PageScan = z.infer<typeof PageScan>;

export const WirePlanItem = z.object({
  key: z.string(),
  path: z.string().nullable(),
  label: z.string(),
  control: Control,
  current: z.string(),
  target: z.string(),
  decision: PlanDecisionSchema,
  note: z.string().optional(),
  /** Items of a list value the page does not offer (never written). */
  notOffered: z.array(z.string()).optional(),
  writable: z.boolean(),
});
export type WirePlanItem = z.infer<typeof WirePlanItem>;

/**
 * A repeatable group shown on the page (blocs, promotions…): how many items the page shows, how
 * many the dossier holds, and the page's own add control found for it (its words), or null.
 */
export const GroupPreview = z.object({
  group: z.string(),
  /** « blocs de compétences » */
  label: z.string(),
  onPage: z.number().int().nonnegative(),
  inDossier: z.number().int().nonnegative(),
  toCreate: z.number().int().nonnegative(),
  addControl: z.string().nullable(),
});
export type GroupPreview = z.infer<typeof GroupPreview>;

const Missing = z.object({ path: z.string(), label: z.string(), value: z.string() });

export const PrefillPreview = z.object({
  dossier: DossierRef,
  items: z.array(WirePlanItem),
  missing: z.array(Missing),
  groups: z.array(GroupPreview).default([]),
  standing: TabStanding.optional(),
});
export type PrefillPreview = z.infer<typeof PrefillPreview>;

const Line = z.object({
  key: z.string(),
  path: z.string().nullable(),
  label: z.string(),
  detail: z.string(),
});
export const FillReport = z.object({
  filled: z.array(Line),
  skipped: z.array(Line),
  failed: z.array(Line),
  missing: z.array(Missing),
  /** Items created through the page's add controls (« Bloc 3 »), and those that could not be. */
  created: z.array(Line).default([]),
  notCreated: z.array(Line).default([]),
  undoAvailable: z.boolean(),
  /** Where the page stands once written (read again after the writes). */
  standing: TabStanding.optional(),
  /** Time the page took to rescan, plan and write, in ms (the benchmark reads it). */
  durationMs: z.number().nonnegative().optional(),
});
export type FillReport = z.infer<typeof FillReport>;

/**
 * After « Annuler »: `restored` controls read back as they were before the fill; `kept`, changed
 * since the fill (by the person or the page) and left as they are; `failed`, not put back.
 */
export const UndoReport = z.object({
  restored: z.number(),
  kept: z.array(Line).default([]),
  /** Items the fill had created, removed through their own « Supprimer »; and those left on the page. */
  removed: z.array(Line).default([]),
  left: z.array(Line).default([]),
  failed: z.array(Line),
  message: z.string(),
});
export type UndoReport = z.infer<typeof UndoReport>;

/** Before « Annuler »: the fields of the last fill that changed since (kept unless the person ticks them). */
export const UndoPreview = z.object({ total: z.number(), changed: z.array(Line) });
export type UndoPreview = z.infer<typeof UndoPreview>;

export const CaptureLineSchema = z.object({
  key: z.string(),
  path: z.string(),
  label: z.string(),
  dossierValue: z.string(),
  pageValue: z.string(),
  value: FieldValue,
  suggested: z.boolean(),
});
export const CapturePreview = z.object({ dossier: DossierRef, lines: z.array(CaptureLineSchema) });
export type CapturePreview = z.infer<typeof CapturePreview>;

/** What the content script is doing (« Lecture de la page… »): answered at once, between slices of work. */
export const PageProgress = z.object({
  phase: z.enum(['idle', 'scan', 'values']),
  done: z.number(),
  total: z.number(),
});
export type PageProgress = z.infer<typeof PageProgress>;

export interface PageProtocol {
  /** Progress of the current scan or read (the panel polls it while it waits for `getPageScan`). */
  pageProgress(): PageProgress;
  getPageScan(): PageScan;
  previewPrefill(): PrefillPreview;
  applyPrefill(data: ApplyInput): FillReport;
  /** What « Annuler » would leave as is: the fields changed since the last fill. */
  previewUndo(): UndoPreview;
  /** Undoes the last fill; a field changed since is put back only if its key is in `restore`. */
  undoPrefill(data: UndoInput): UndoReport;
  previewCapture(): CapturePreview;
  focusField(data: FocusInput): boolean;
  /** Mappings changed (taught, deleted, imported): re-read them and rescan. */
  reloadMappings(): PageScan;
}
