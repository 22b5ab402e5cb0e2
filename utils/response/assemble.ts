import { getField } from '../catalogue';
import { criterionName } from '../criteria/criterion-name';
import type { AttachmentMeta, Dossier } from '../dossier/model';
import { plainFromRich } from '../richtext';
import type { ComplementRequest, Revision, TrackedComment } from '../storage/records';
import { type FieldChange, fieldChanges } from './field-changes';

export const RESPONSE_TITLE = 'Réponse à la demande de compléments';

const STATUS_TEXT: Record<TrackedComment['status'], string> = {
  a_traiter: 'À traiter',
  en_cours: 'En cours',
  corrige: 'Corrigé',
};

export interface AddedAttachment {
  id: string;
  name: string;
  fieldId: string;
  /** The attachment field's label (« Description du dispositif de VAE (jury, accompagnement) »). */
  fieldLabel: string;
  addedAt: string;
  size: number;
}

export interface ResponseRemark {
  /** The tracked comment it comes from. */
  commentId: string;
  /** 1-based, in the letter's order. */
  number: number;
  heading?: string;
  text: string;
  /** « RNCP 1° — Adéquation du métier… », or null when no criterion was linked. */
  criterion: string | null;
  status: string;
  /** The user's answer ('' when none was written). */
  answer: string;
  changes: FieldChange[];
  attachments: AddedAttachment[];
}

export interface ResponseDocument {
  title: string;
  dossierName: string;
  repertoire: Dossier['repertoire'];
  /** The certification's title (fiche.intitule), '' when not filled. */
  certification: string;
  receivedOn: string;
  dueOn: string | null;
  /** The letter's own date, when it states one. */
  letterDate: string | null;
  /** YYYY-MM-DD. */
  generatedOn: string;
  /**
   * The version of the dossier the changes are counted from: the last one saved before the day received
   * (`exact`), else the oldest version kept (the history keeps 60); null when the dossier has no history.
   */
  since: { savedAt: string; exact: boolean; created?: boolean } | null;
  remarks: ResponseRemark[];
  /** Changes and attachments no remark names (shown after the remarks, so nothing done is left out). */
  otherChanges: FieldChange[];
  otherAttachments: AddedAttachment[];
}

/** Local midnight of a YYYY-MM-DD day, as an ISO timestamp comparable with `savedAt`. */
function dayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).toISOString();
}

/** The version the dossier had when the letter was received (see `ResponseDocument.since`). */
export function versionAtReceipt(
  revisions: readonly Revision[],
  receivedOn: string,
): { snapshot: Dossier; savedAt: string; exact: boolean; created?: boolean } | null {
  const sorted = [...revisions].sort(
    (a, b) => a.savedAt.localeCompare(b.savedAt) || (a.id ?? 0) - (b.id ?? 0),
  );
  const start = dayStart(receivedOn);
  const before = sorted.filter((r) => r.savedAt < start).at(-1);
  if (before) return { snapshot: before.snapshot, savedAt: before.savedAt, exact: true };
  const first = sorted[0];
  if (!first) return null;
  // The dossier was created after the letter arrived: its first version is where the work starts.
  const created = first.reason === 'create';
  return { snapshot: first.snapshot, savedAt: first.savedAt, exact: false, ...(created ? { created } : {}) };
}

/** Whether a remark names the field (its catalogue id, or the group the field belongs to). */
function names(fields: readonly string[], fieldId: string): boolean {
  return fields.some((f) => f === fieldId || fieldId.startsWith(`${f}[]`));
}

function added(a: AttachmentMeta): AddedAttachment {
  const field = getField(a.fieldId);
  return {
    id: a.id,
    name: a.name,
    fieldId: a.fieldId,
    fieldLabel: field?.shortLabel ?? field?.label ?? a.fieldId,
    addedAt: a.addedAt,
    size: a.size,
  };
}

export interface ResponseInput {
  request: ComplementRequest;
  /** The request's tracked remarks (any order: they are put back in the letter's order). */
  comments: readonly TrackedComment[];
  dossier: Dossier;
  revisions: readonly Revision[];
  /** YYYY-MM-DD. */
  today: string;
}

/**
 * The response to a request for additions: for each remark its text, criterion, the user's answer, the fields
 * changed since the letter was received (before → after) and the attachments added since, linked to the remarks
 * that name them; what no remark names is kept apart at the end.
 */
export function assembleResponse({
  request,
  comments,
  dossier,
  revisions,
  today,
}: ResponseInput): ResponseDocument {
  const base = versionAtReceipt(revisions, request.receivedOn);
  const changes = base ? fieldChanges(base.snapshot, dossier) : [];
  const before = new Set(base?.snapshot.attachments.map((a) => a.id) ?? dossier.attachments.map((a) => a.id));
  const attachments = dossier.attachments.filter((a) => !before.has(a.id)).map(added);
  const ordered = [...comments].sort(
    (a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt),
  );
  const usedChanges = new Set<FieldChange>();
  const usedAttachments = new Set<AddedAttachment>();
  const remarks = ordered.map((c, i): ResponseRemark => {
    const own = changes.filter((x) => names(c.fields, x.fieldId));
    const files = attachments.filter((a) => names(c.fields, a.fieldId));
    for (const x of own) usedChanges.add(x);
    for (const a of files) usedAttachments.add(a);
    return {
      commentId: c.id,
      number: i + 1,
      ...(c.heading ? { heading: c.heading } : {}),
      text: c.text,
      criterion: c.criterion ? criterionName(dossier.repertoire, c.criterion) : null,
      status: STATUS_TEXT[c.status],
      answer: (c.answer ?? '').trim(),
      changes: own,
      attachments: files,
    };
  });
  const title = dossier.values['fiche.intitule'];
  return {
    title: RESPONSE_TITLE,
    dossierName: dossier.name,
    repertoire: dossier.repertoire,
    certification: typeof title === 'string' ? plainFromRich(title).trim() : '',
    receivedOn: request.receivedOn,
    dueOn: request.dueOn,
    letterDate: request.deadline?.letterDate ?? null,
    generatedOn: today,
    since: base
      ? { savedAt: base.savedAt, exact: base.exact, ...(base.created ? { created: true } : {}) }
      : null,
    remarks,
    otherChanges: changes.filter((x) => !usedChanges.has(x)),
    otherAttachments: attachments.filter((a) => !usedAttachments.has(a)),
  };
}

/** « reponse-complements-titre-rpre-2026-12-02.docx ». */
export function responseFileName(doc: ResponseDocument, ext: 'docx'): string {
  const slug = doc.dossierName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `reponse-complements-${slug || 'dossier'}-${doc.generatedOn}.${ext}`;
}
