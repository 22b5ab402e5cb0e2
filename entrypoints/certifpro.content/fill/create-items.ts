import type { GroupId } from '@/utils/catalogue';
import { parsePath } from '@/utils/dossier/paths';
import type { RecognisedField } from '@/utils/matching/types';
import { isRelevant } from '../mutation-filter';
import { busy, controlName, findAddControl, findRemoveControl } from './add-control';
import { groupLayouts } from './group-layout';
import { pressSafely } from './press';
import { settled, waitFor } from './wait-for';

/**
 * Creates one item of a repeated group through the page's own add control, and waits for its
 * controls (pages add them late: a server round trip, an editor mounted on the next frame).
 * Observer-driven and bounded: the page is scanned again only when it changed.
 */
export interface CreationDeps {
  /** Scans the page again now and returns every recognised control. */
  rescan(): RecognisedField[];
  signal?: AbortSignal;
  /** How long the page may take to show the new item. */
  itemTimeoutMs?: number;
}

export type Creation =
  | {
      ok: true;
      /** The new item's controls. */
      fields: RecognisedField[];
      /** Every recognised control of the page once the item is there (the next creation starts from it). */
      scan: RecognisedField[];
      control: string;
    }
  | { ok: false; reason: string /** No point trying the next items of the group. */; stop: boolean };

export const indexOf = (f: RecognisedField, group: GroupId): number | null => {
  const p = f.path ? parsePath(f.path) : null;
  return p?.group === group ? p.index : null;
};

export const itemFields = (fields: readonly RecognisedField[], group: GroupId, index: number) =>
  fields.filter((f) => indexOf(f, group) === index);

/** How many items of the group the page shows (the highest index, plus one). */
export function itemsOnPage(fields: readonly RecognisedField[], group: GroupId): number {
  let n = 0;
  for (const f of fields) {
    const i = indexOf(f, group);
    if (i !== null) n = Math.max(n, i + 1);
  }
  return n;
}

const CONTROLS = 'input, textarea, select, [contenteditable], [role="combobox"], [role="textbox"]';
const controlCount = (root: Element): number => root.querySelectorAll(CONTROLS).length;

const NO_ADD =
  'aucun bouton d’ajout trouvé dans le groupe ou juste après (Certifill ne presse rien ailleurs sur la page)';

/**
 * Presses the group's add control once and waits for item `index` to be on the page. `known`: a
 * scan of the page taken just now (the previous creation's), to spare one.
 */
export async function createItem(
  group: GroupId,
  index: number,
  deps: CreationDeps,
  known?: RecognisedField[],
): Promise<Creation> {
  const timeoutMs = deps.itemTimeoutMs ?? 10_000;
  const fields = known ?? deps.rescan();
  const layout = groupLayouts(fields).get(group);
  if (!layout) return { ok: false, reason: 'le groupe n’est plus sur la page', stop: true };
  // None at all: nothing to wait for. A control still busy with a previous press is waited for
  // (bounded), not pressed twice.
  if (!findAddControl(layout, { includeBusy: true })) return { ok: false, reason: NO_ADD, stop: true };
  const control = await waitFor(
    () => {
      const found = findAddControl(layout, { includeBusy: true });
      return found && !busy(found) ? found : null;
    },
    { timeoutMs, signal: deps.signal },
  );
  if (!control) return { ok: false, reason: NO_ADD, stop: true };
  const name = controlName(control);
  // Where the new item will show: the group's box, or the block around it.
  const around = layout.container.parentElement ?? layout.container;
  const { submitBlocked } = pressSafely(control);
  if (submitBlocked)
    return {
      ok: false,
      reason: `«\u00a0${name}\u00a0» voulait envoyer le formulaire\u00a0: Certifill l’a arrêté, rien n’a été envoyé`,
      stop: true,
    };
  // The page is scanned again only once the controls around the group changed (a cheap count):
  // the fill's own writes elsewhere meanwhile do not cost a scan each.
  const controlsBefore = controlCount(around);
  const appeared = await waitFor(
    () => {
      if (controlCount(around) === controlsBefore) return null;
      const now = deps.rescan();
      return itemFields(now, group, index).length > 0 ? now : null;
    },
    // Only a change that can add a control, around the group, is worth a scan.
    { timeoutMs, signal: deps.signal, relevant: isRelevant, root: around },
  );
  if (!appeared)
    return {
      ok: false,
      reason: `«\u00a0${name}\u00a0» pressé, mais aucun nouvel élément n’est apparu en ${Math.round(timeoutMs / 1000)} s`,
      stop: true,
    };
  // The item's last controls (an editor, a select filled later) arrive on the next frames, in its
  // own box: writes elsewhere on the page (other items, other fields) do not delay it.
  const box = groupLayouts(appeared).get(group)?.items.get(index)?.container ?? around;
  const inBox = controlCount(box);
  await settled({ quietMs: 100, timeoutMs: 2000, signal: deps.signal, relevant: isRelevant, root: box });
  // Scanned again only when controls came meanwhile (the item's editor mounted late).
  const now = controlCount(box) === inBox ? appeared : deps.rescan();
  return { ok: true, fields: itemFields(now, group, index), scan: now, control: name };
}

export type Removal = { ok: true; control: string } | { ok: false; reason: string };

/**
 * Removes item `index` of the group through its own remove control and waits until it is gone.
 * `wrote` are the controls the fill wrote in it: the item removed is the one holding them.
 */
export async function removeItem(
  group: GroupId,
  index: number,
  wrote: readonly Element[],
  deps: CreationDeps,
): Promise<Removal> {
  const fields = deps.rescan();
  const box = groupLayouts(fields).get(group)?.items.get(index);
  if (!box) return { ok: false, reason: 'l’élément n’est plus sur la page' };
  const elements = box.fields.flatMap((f): Element[] => (f.radios?.length ? f.radios : [f.element]));
  if (wrote.length > 0 && !wrote.some((el) => elements.includes(el) || box.container.contains(el)))
    return {
      ok: false,
      reason: 'l’élément à cette place n’est plus celui que Certifill a créé\u00a0: laissé tel quel',
    };
  const control = findRemoveControl(box.container, elements, group);
  if (!control)
    return {
      ok: false,
      reason: 'pas de bouton «\u00a0Supprimer\u00a0» dans l’élément\u00a0: supprimez-le sur la page',
    };
  const name = controlName(control);
  const before = itemsOnPage(fields, group);
  const { submitBlocked } = pressSafely(control);
  if (submitBlocked)
    return {
      ok: false,
      reason: `«\u00a0${name}\u00a0» voulait envoyer le formulaire\u00a0: arrêté, élément laissé`,
    };
  const gone = await waitFor(
    () =>
      elements.every((el) => !el.isConnected) || itemsOnPage(deps.rescan(), group) < before ? true : null,
    { timeoutMs: deps.itemTimeoutMs ?? 10_000, signal: deps.signal },
  );
  return gone
    ? { ok: true, control: name }
    : { ok: false, reason: `«\u00a0${name}\u00a0» pressé, l’élément est resté` };
}
