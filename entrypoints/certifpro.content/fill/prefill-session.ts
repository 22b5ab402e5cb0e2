import { type GroupId, getGroup } from '@/utils/catalogue';
import type { DossierDto } from '@/utils/dossier/model';
import { createdUndoMessage } from '@/utils/fill/created-message';
import { groupCounts, itemsWord } from '@/utils/fill/group-plan';
import { missingOnPage } from '@/utils/fill/missing';
import { displayPageValue } from '@/utils/fill/page-value';
import { itemsToWrite, planPage } from '@/utils/fill/plan';
import { DECISION_LABELS, type PageFieldState, type PlanItem } from '@/utils/fill/types';
import { undoMessage } from '@/utils/fill/undo-message';
import { hiddenNote } from '@/utils/fill/visibility';
import type { RecognisedField } from '@/utils/matching/types';
import type { FillReport, UndoPreview, UndoReport } from '@/utils/messaging/page-protocol';
import { type CreationDeps, createItem, removeItem } from './create-items';
import { keyOf } from './field-keys';
import { attachmentFiles } from './files';
import { readState } from './read-state';
import { type ControlSnapshot, fingerprintOf, restoreSnapshot, takeSnapshot } from './snapshot';
import { visibilityOf } from './visibility';
import { writeField } from './write-field';

interface UndoEntry {
  field: RecognisedField;
  snapshot: ControlSnapshot;
  /** The control's fingerprint right after the fill: anything else at undo time is someone's edit. */
  after: string;
  key: string;
  path: string | null;
  label: string;
  /** Set when the control belongs to an item this fill created (« Bloc 3 »). */
  created?: CreatedItem;
}

/** An item created through the page's add control during a fill. */
interface CreatedItem {
  group: GroupId;
  index: number;
  /** « Bloc 3 » */
  label: string;
}

/** What one « Appliquer » did: the controls it wrote and the items it created, in order. */
interface FillRecord {
  entries: UndoEntry[];
  created: CreatedItem[];
}

/** One record per « Appliquer »; « Annuler » undoes the latest. */
const fills: FillRecord[] = [];
let queue: Promise<unknown> = Promise.resolve();

/** Fills never race on one page: each waits for the previous (anchors §2.5, « serialized per frame »). */
export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export const undoAvailable = () => fills.length > 0;

const line = (p: { key: string; path: string | null; label: string }, detail: string) => ({
  key: p.key,
  path: p.path,
  label: p.label,
  detail,
});

const NO_ANSWER =
  'L’éditeur de texte de la page n’a pas répondu : champ non rempli (son annulation n’aurait pas été sûre).';

type Lines = Pick<FillReport, 'filled' | 'skipped' | 'failed'>;

/** Writes the plan's items (à remplir, and those ticked); undo entries go to `entries`. */
async function writeItems(
  fields: readonly RecognisedField[],
  plan: readonly PlanItem[],
  ticked: ReadonlySet<string>,
  dossier: DossierDto,
  report: Lines,
  entries: UndoEntry[],
  opts: { created?: CreatedItem; signal?: AbortSignal } = {},
): Promise<void> {
  const byKey = new Map(fields.map((f) => [keyOf(f.element), f]));
  const toWrite = itemsToWrite(plan, ticked);
  const written = new Set(toWrite.map((p) => p.key));
  for (const item of toWrite) {
    const field = byKey.get(item.key);
    if (!field || !item.write) {
      report.failed.push(line(item, 'Le champ a disparu de la page.'));
      continue;
    }
    // Checked again right before writing: an earlier write may have hidden it (or the page did).
    const seen = visibilityOf(field);
    if (!seen.visible) {
      report.skipped.push(line(item, `${DECISION_LABELS.invisible} : ${hiddenNote(seen)}`));
      continue;
    }
    const snapshot = await takeSnapshot(field);
    if (!snapshot) {
      report.failed.push(line(item, NO_ANSWER));
      continue;
    }
    const outcome = await writeField(field, item.write, {
      loadFiles: (ids) => attachmentFiles(dossier.id, ids),
      signal: opts.signal,
    });
    const after = fingerprintOf(field);
    // A write that failed half-way may still have changed the control: it is undone too.
    if (after !== snapshot.before)
      entries.push({
        field,
        snapshot,
        after,
        key: item.key,
        path: item.path,
        label: item.label,
        ...(opts.created ? { created: opts.created } : {}),
      });
    const notOffered = [...(item.notOffered ?? []), ...(outcome.notOffered ?? [])];
    const offered = notOffered.length ? ` (la page ne propose pas\u00a0: ${notOffered.join(', ')})` : '';
    if (outcome.ok) report.filled.push(line(item, `${item.target}${offered}`));
    else report.failed.push(line(item, `${outcome.reason}${offered}`));
  }
  for (const item of plan) {
    if (written.has(item.key)) continue;
    const why = DECISION_LABELS[item.decision];
    report.skipped.push(line(item, item.note ? `${why} : ${item.note}` : why));
  }
}

/** A ticked preview row of an item still to create is named `new:<path>`: at writing time, its path. */
const tickedSet = (ticked: ReadonlySet<string>): Set<string> =>
  new Set([...ticked].map((k) => (k.startsWith('new:') ? k.slice(4) : k)));

export async function applyPlan(
  fields: readonly RecognisedField[],
  states: readonly PageFieldState[],
  plan: readonly PlanItem[],
  overwrite: ReadonlySet<string>,
  dossier: DossierDto,
  creation?: CreationDeps,
): Promise<FillReport> {
  const ticked = tickedSet(overwrite);
  const record: FillRecord = { entries: [], created: [] };
  const report: FillReport = {
    filled: [],
    skipped: [],
    failed: [],
    missing: missingOnPage(dossier, states),
    created: [],
    notCreated: [],
    undoAvailable: false,
  };
  const focus = document.activeElement;
  // The page takes its time to answer an « Ajouter » (a server round trip): items are created, in
  // order, while the controls already on the page are written.
  const creating = creation
    ? createMissingItems(states, dossier, ticked, report, record, creation)
    : Promise.resolve();
  await writeItems(fields, plan, ticked, dossier, report, record.entries, { signal: creation?.signal });
  await creating;
  if (creation) {
    // The page's add handler may have moved the focus into the new item: the person's focus comes back.
    if (document.activeElement !== focus) {
      if (focus instanceof HTMLElement && focus.isConnected && focus !== document.body)
        focus.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
    const now = creation.rescan();
    const nowStates: PageFieldState[] = [];
    for (const f of now) nowStates.push(await readState(f));
    report.missing = missingOnPage(dossier, nowStates);
  }
  if (record.entries.length > 0 || record.created.length > 0) fills.push(record);
  report.undoAvailable = undoAvailable();
  return report;
}

/**
 * Creates, item by item and in order, what the dossier holds beyond the page's items; fills each.
 * The page's round trip for the next item (its « Ajouter » answered after a delay) runs while the
 * item just created is written: the add control is pressed again only once the previous item is
 * on the page, so the items still arrive one at a time and in order.
 */
async function createMissingItems(
  states: readonly PageFieldState[],
  dossier: DossierDto,
  ticked: ReadonlySet<string>,
  report: FillReport,
  record: FillRecord,
  deps: CreationDeps,
): Promise<void> {
  // Written apart, then listed after the page's own controls (both run at once).
  const lines: Lines = { filled: [], skipped: [], failed: [] };
  groups: for (const { group, onPage, inDossier } of groupCounts(states, dossier)) {
    const start = (index: number, known?: RecognisedField[]) =>
      index < inDossier && !deps.signal?.aborted ? createItem(group, index, deps, known) : null;
    let pending = start(onPage);
    for (let index = onPage; pending; index++) {
      const made = await pending;
      pending = null;
      const label = `${getGroup(group).itemLabel} ${index + 1}`;
      if (!made.ok) {
        const left = inDossier - index;
        report.notCreated.push({
          key: `${group}[${index}]`,
          path: null,
          label: getGroup(group).label,
          detail: `${left}\u00a0${itemsWord(group, left)} à ajouter à la main (${label}${left > 1 ? ` à ${getGroup(group).itemLabel} ${inDossier}` : ''})\u00a0: ${made.reason}.`,
        });
        if (made.stop) break;
        pending = start(index + 1);
        continue;
      }
      const item: CreatedItem = { group, index, label };
      // Recorded at once: « Annuler » removes it even if the fill stops before writing it.
      record.created.push(item);
      pending = start(index + 1, made.scan);
      const itemStates: PageFieldState[] = [];
      for (const f of made.fields) itemStates.push(await readState(f));
      const before = lines.filled.length;
      await writeItems(made.fields, planPage(itemStates, dossier), ticked, dossier, lines, record.entries, {
        created: item,
        signal: deps.signal,
      });
      const n = lines.filled.length - before;
      report.created.push({
        key: `${group}[${index}]`,
        path: null,
        label,
        detail: `créé avec «\u00a0${made.control}\u00a0», ${n}\u00a0champ${n > 1 ? 's' : ''} rempli${n > 1 ? 's' : ''}`,
      });
      if (deps.signal?.aborted && !pending) break groups;
    }
  }
  report.filled.push(...lines.filled);
  report.skipped.push(...lines.skipped);
  report.failed.push(...lines.failed);
}

const changedSince = (e: UndoEntry) => e.field.element.isConnected && fingerprintOf(e.field) !== e.after;

/** The fields of the last fill that someone changed since: « Annuler » keeps them unless ticked. */
export async function previewUndo(): Promise<UndoPreview> {
  const entries = fills.at(-1)?.entries ?? [];
  const changed: UndoPreview['changed'] = [];
  for (const e of entries) {
    if (!changedSince(e)) continue;
    const now = displayPageValue(await readState(e.field));
    changed.push(line(e, now.length > 160 ? `${now.slice(0, 157).trimEnd()}…` : now));
  }
  return { total: entries.length, changed };
}

/**
 * Undoes the latest fill, in reverse order. A control someone changed after the fill keeps that
 * change unless its key is in `restore` (the person ticked it); the others are put back and read
 * back. Items the fill created are removed through their own remove control, unless someone
 * changed one of their fields (then the item stays, with that change); an item without a remove
 * control is listed. The report counts only what was verified.
 */
export async function undoLast(
  restore: ReadonlySet<string> = new Set(),
  creation?: CreationDeps,
): Promise<UndoReport> {
  const record = fills.pop();
  if (!record)
    return {
      restored: 0,
      kept: [],
      removed: [],
      left: [],
      failed: [],
      message: 'Rien à annuler : aucun pré-remplissage sur cette page.',
    };
  const failed: UndoReport['failed'] = [];
  const kept: UndoReport['kept'] = [];
  const removed: UndoReport['removed'] = [];
  const left: UndoReport['left'] = [];
  let restored = 0;
  // An item someone typed in after the fill stays on the page: its other fields are put back.
  const touched = new Set(
    record.entries.filter((e) => e.created && changedSince(e) && !restore.has(e.key)).map((e) => e.created),
  );
  const toRemove = creation ? record.created.filter((c) => !touched.has(c)) : [];
  const putBack = async (e: UndoEntry) => {
    try {
      if (!e.field.element.isConnected) throw new Error('Le champ a disparu de la page.');
      if (changedSince(e) && !restore.has(e.key)) {
        kept.push(line(e, 'modifié depuis le pré-remplissage : laissé tel quel'));
        return;
      }
      const outcome = await restoreSnapshot(e.field, e.snapshot);
      if (outcome.ok) restored += 1;
      else failed.push(line(e, outcome.reason));
    } catch (err) {
      failed.push(line(e, err instanceof Error ? err.message : String(err)));
    }
  };
  for (const e of [...record.entries].reverse()) {
    if (e.created && toRemove.includes(e.created)) continue;
    await putBack(e);
  }
  for (const item of [...toRemove].reverse()) {
    const mine = record.entries.filter((e) => e.created === item);
    const key = `${item.group}[${item.index}]`;
    const gone = creation
      ? await removeItem(
          item.group,
          item.index,
          mine.map((e) => e.field.element),
          creation,
        )
      : null;
    if (gone?.ok) {
      removed.push({
        key,
        path: null,
        label: item.label,
        detail: `supprimé avec «\u00a0${gone.control}\u00a0»`,
      });
      continue;
    }
    left.push({ key, path: null, label: item.label, detail: gone?.reason ?? 'laissé sur la page' });
    // Still on the page: its fields at least go back to how the page created them.
    for (const e of [...mine].reverse()) await putBack(e);
  }
  for (const item of record.created.filter((c) => touched.has(c)))
    left.push({
      key: `${item.group}[${item.index}]`,
      path: null,
      label: item.label,
      detail: 'gardé : un de ses champs a été modifié depuis le pré-remplissage',
    });
  const message = [
    undoMessage(restored, kept.length, failed.length),
    createdUndoMessage(removed.length, left.length),
  ]
    .filter(Boolean)
    .join(' ');
  return { restored, kept, removed, left, failed, message };
}
