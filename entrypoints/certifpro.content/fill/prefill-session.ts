import type { DossierDto } from '@/utils/dossier/model';
import { missingOnPage } from '@/utils/fill/missing';
import { itemsToWrite } from '@/utils/fill/plan';
import { DECISION_LABELS, type PageFieldState, type PlanItem } from '@/utils/fill/types';
import type { RecognisedField } from '@/utils/matching/types';
import type { FillReport, UndoReport } from '@/utils/messaging/page-protocol';
import { keyOf } from './field-keys';
import { attachmentFiles } from './files';
import { type ControlSnapshot, restoreSnapshot, takeSnapshot } from './snapshot';
import { writeField } from './write-field';

interface UndoEntry {
  field: RecognisedField;
  snapshot: ControlSnapshot;
  key: string;
  path: string | null;
  label: string;
}

/** One entry per « Appliquer »; « Annuler » restores the latest. */
const fills: UndoEntry[][] = [];
let queue: Promise<unknown> = Promise.resolve();

/** Fills never race on one page: each waits for the previous (anchors §2.5, « serialized per frame »). */
export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export const undoAvailable = () => fills.length > 0;

const line = (p: PlanItem, detail: string) => ({ key: p.key, path: p.path, label: p.label, detail });

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
    entries.push({
      field,
      snapshot: await takeSnapshot(field),
      key: item.key,
      path: item.path,
      label: item.label,
    });
    const outcome = await writeField(field, item.write, {
      loadFiles: (ids) => attachmentFiles(dossier.id, ids),
    });
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

/** Restores every control of the latest fill, in reverse order, exactly as it was. */
export async function undoLast(): Promise<UndoReport> {
  const entries = fills.pop();
  if (!entries)
    return { restored: 0, failed: [], message: 'Rien à annuler : aucun pré-remplissage sur cette page.' };
  const failed: UndoReport['failed'] = [];
  let restored = 0;
  for (const e of [...entries].reverse()) {
    try {
      if (!e.field.element.isConnected) throw new Error('Le champ a disparu de la page.');
      if (await restoreSnapshot(e.field, e.snapshot)) restored += 1;
      else
        failed.push({
          key: e.key,
          path: e.path,
          label: e.label,
          detail: 'La page n’a pas repris l’ancienne valeur.',
        });
    } catch (err) {
      failed.push({
        key: e.key,
        path: e.path,
        label: e.label,
        detail: err instanceof Error ? err.message : String(err),
      });
    }
  }
  const message =
    failed.length === 0
      ? `Pré-remplissage annulé : ${restored} champ${restored > 1 ? 's' : ''} remis exactement dans leur état précédent.`
      : `Pré-remplissage annulé en partie : ${restored} champ(s) rétabli(s), ${failed.length} non rétabli(s).`;
  return { restored, failed, message };
}
