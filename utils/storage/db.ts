import Dexie, { type EntityTable } from 'dexie';
import type { Dossier } from '../dossier/model';
import { withRichTexts } from '../richtext/dossier-texts';
import { moveBlobsToFiles } from './move-blobs';
import type {
  ComplementRequest,
  LearnedMapping,
  PageLimit,
  PendingDraft,
  Revision,
  Setting,
  StoredFile,
  TrackedComment,
} from './records';
import { requestsFromComments } from './requests-upgrade';

export const DB_NAME = 'certifill';

/**
 * Schema history. Version 1 shipped dossiers, revisions and settings; version 2 added the
 * learned mappings, tracked comments and page limits, and gave every dossier `filedOn` and
 * `attachments`. Version 3 (data safety) moved attachment bytes to `files` and added pending
 * editor drafts. Version 4 (formatted text) stores every textarea value as sanitized HTML of the
 * formatted-text subset: older plain values become paragraphs and lists (« - » lines a list).
 * Version 5 (letters) adds the requests for additions (`requests`: date received, due date, the letter's
 * ignored lines) and gives every tracked comment an `answer`; remarks tracked before get their request.
 * Never edit a released version: add a new one with its upgrade.
 */
export const SCHEMA_V1 = {
  dossiers: 'id, name, updatedAt',
  revisions: '++id, dossierId, savedAt',
  settings: 'key',
};
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  mappings: '++id, signature, host, fieldPath',
  comments: 'id, dossierId, requestId, status',
  pageLimits: 'fieldId',
};
/** Version 3 (data safety): attachment bytes in `files` by attachment id, pending editor drafts. */
export const SCHEMA_V3 = {
  files: 'id',
  drafts: 'key, dossierId',
};
/** Version 5 (letters): one request for additions per letter received, its remarks by `requestId`. */
export const SCHEMA_V5 = {
  requests: 'id, dossierId',
};

export class CertifillDb extends Dexie {
  dossiers!: EntityTable<Dossier, 'id'>;
  revisions!: EntityTable<Revision, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  mappings!: EntityTable<LearnedMapping, 'id'>;
  comments!: EntityTable<TrackedComment, 'id'>;
  pageLimits!: EntityTable<PageLimit, 'fieldId'>;
  files!: EntityTable<StoredFile, 'id'>;
  drafts!: EntityTable<PendingDraft, 'key'>;
  requests!: EntityTable<ComplementRequest, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table('dossiers')
          .toCollection()
          .modify((d: Partial<Dossier>) => {
            d.filedOn ??= null;
            d.attachments ??= [];
            d.previousCode ??= null;
            d.requestKind ??= 'premiere';
            d.groups ??= {};
          }),
      );
    this.version(3).stores(SCHEMA_V3).upgrade(moveBlobsToFiles);
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('dossiers').toCollection().modify(richTextsInPlace);
        // Snapshots too, so that restoring an older revision never brings plain text back.
        await tx
          .table('revisions')
          .toCollection()
          .modify((r: { snapshot?: Dossier }) => {
            if (r.snapshot?.values) richTextsInPlace(r.snapshot);
          });
      });
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        const comments = tx.table('comments');
        await comments.toCollection().modify((c: { answer?: string }) => {
          c.answer ??= '';
        });
        await tx.table('requests').bulkPut(requestsFromComments(await comments.toArray()));
      });
  }
}

function richTextsInPlace(d: Dossier): void {
  const next = withRichTexts(d);
  d.values = next.values;
  d.groups = next.groups;
}

let shared: CertifillDb | null = null;

/** The one database of the extension. Only extension pages and the background may call this. */
export function getDb(): CertifillDb {
  // A content script's IndexedDB belongs to the platform's origin: refuse to open it there.
  const inTests = (import.meta as { env?: { VITEST?: unknown } }).env?.VITEST;
  if (typeof location !== 'undefined' && /^https?:$/.test(location.protocol) && !inTests)
    throw new Error('Certifill database opened outside the extension origin');
  shared ??= new CertifillDb();
  return shared;
}
