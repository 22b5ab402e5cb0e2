import type { DossierDto } from '@/utils/dossier/model';
import { missingOnPage } from '@/utils/fill/missing';
import { displayPageValue } from '@/utils/fill/page-value';
import { itemsToWrite } from '@/utils/fill/plan';
import { DECISION_LABELS, type PageFieldState, type PlanItem } from '@/utils/fill/types';
import { undoMessage } from '@/utils/fill/undo-message';
import { hiddenNote } from '@/utils/fill/visibility';
import type { RecognisedField } from '@/utils/matching/types';
import type { FillReport, UndoPreview, UndoReport } from '@/utils/messaging/page-protocol';
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
}

/** One entry per « Appliquer »; « Annuler » undoes the latest. */
const fills: UndoEntry[][] = [];
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

export async function applyPlan(
  fields: readonly RecognisedField[],
  states: readonly PageFieldState[],
  plan: readonly PlanItem[],
  overwrite: ReadonlySet<string>,
  dossier: DossierDto,
): Promise<FillReport> {
  const byKey = new Map(fields.map((f) => [keyOf(f.element), f]));
  const toWrite = itemsToWrite(plan, overwrite);
  const written = new Set(toWrite.map((p) => p.key));
  const entries: UndoEntry[] = [];
  const report: FillReport = {
    filled: [],
    skipped: [],
    failed: [],
    missing: missingOnPage(dossier, states),
    undoAvailable: false,
  };
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
    });
    const after = fingerprintOf(field);
    // A write that failed half-way may still have changed the control: it is undone too.
    if (after !== snapshot.before)
      entries.push({ field, snapshot, after, key: item.key, path: item.path, label: item.label });
    if (outcome.ok) report.filled.push(line(item, item.target));
    else report.failed.push(line(item, outcome.reason));
  }
  for (const item of plan) {
    if (written.has(item.key)) continue;
    const why = DECISION_LABELS[item.decision];
    report.skipped.push(line(item, item.note ? `${why} : ${item.note}` : why));
  }
  if (entries.length > 0) fills.push(entries);
  report.undoAvailable = undoAvailable();
  return report;
}

const changedSince = (e: UndoEntry) => e.field.element.isConnected && fingerprintOf(e.field) !== e.after;

/** The fields of the last fill that someone changed since: « Annuler » keeps them unless ticked. */
export async function previewUndo(): Promise<UndoPreview> {
  const entries = fills.at(-1) ?? [];
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
 * back. The report counts only what was verified.
 */
export async function undoLast(restore: ReadonlySet<string> = new Set()): Promise<UndoReport> {
  const entries = fills.pop();
  if (!entries)
    return {
      restored: 0,
      kept: [],
      failed: [],
      message: 'Rien à annuler : aucun pré-remplissage sur cette page.',
    };
  const failed: UndoReport['failed'] = [];
  const kept: UndoReport['kept'] = [];
  let restored = 0;
  for (const e of [...entries].reverse()) {
    try {
      if (!e.field.element.isConnected) throw new Error('Le champ a disparu de la page.');
      if (changedSince(e) && !restore.has(e.key)) {
        kept.push(line(e, 'modifié depuis le pré-remplissage : laissé tel quel'));
        continue;
      }
      const outcome = await restoreSnapshot(e.field, e.snapshot);
      if (outcome.ok) restored += 1;
      else failed.push(line(e, outcome.reason));
    } catch (err) {
      failed.push(line(e, err instanceof Error ? err.message : String(err)));
    }
  }
  return { restored, kept, failed, message: undoMessage(restored, kept.length, failed.length) };
}
