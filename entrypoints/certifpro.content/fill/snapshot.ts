import { sameCode } from '@/utils/fill/codes';
import type { RecognisedField } from '@/utils/matching/types';
import { walkRich } from '@/utils/richtext/core';
import { chosenCodes, isCombobox, unpickCode } from './combobox';
import { isInput, isSelect, isTextControl } from './dom-kinds';
import {
  type RestoreOutcome,
  type RichSnapshot,
  readRichText,
  restoreRichText,
  snapshotRichText,
} from './editor-client';
import { fireInputEvents, setChecked, setFiles, setNativeValue } from './native-value';

/** Everything needed to put one control back exactly as it was before a pre-fill. */
export type ControlState =
  | { kind: 'value'; value: string }
  | { kind: 'checked'; states: boolean[] }
  | { kind: 'selected'; selected: boolean[] }
  | { kind: 'files'; files: FileList | null }
  | { kind: 'rich'; rich: RichSnapshot; text: string }
  /** A combobox: the codes its chips showed (undo removes the chips added since). */
  | { kind: 'chips'; codes: string[] };

/** A control's state before the fill, and its fingerprint (see `fingerprintOf`). */
export type ControlSnapshot = ControlState & { before: string };

const boxes = (f: RecognisedField): HTMLInputElement[] => f.radios ?? [f.element as HTMLInputElement];

const fileKey = (files: FileList | null) =>
  Array.from(files ?? [])
    .map((x) => `${x.name}:${x.size}:${x.lastModified}`)
    .join('|');

/**
 * What the control holds now, as one string read from the DOM without the editor bridge: two equal
 * fingerprints mean nobody touched the control in between (an editor's DOM follows its model).
 */
export function fingerprintOf(f: RecognisedField): string {
  const el = f.element;
  if (isCombobox(el)) return `chips:${chosenCodes(f).join(',')}`;
  if (f.control === 'radio' || f.control === 'checkbox')
    return boxes(f)
      .map((r) => (r.checked ? '1' : '0'))
      .join('');
  if (isInput(el) && el.type === 'file') return fileKey(el.files);
  if (isSelect(el) && el.multiple)
    return Array.from(el.options)
      .map((o) => (o.selected ? '1' : '0'))
      .join('');
  if (isTextControl(el) || isSelect(el)) return el.value;
  // The content as the model of formatted text sees it: an editor's own markup (Quill's list
  // buttons, classes it re-renders after a write) is not an edit.
  return walkRich(el.innerHTML);
}

/** Null when a rich-text editor did not answer: then the control must not be written. */
export async function takeSnapshot(f: RecognisedField): Promise<ControlSnapshot | null> {
  const el = f.element;
  const before = fingerprintOf(f);
  if (isCombobox(el)) return { kind: 'chips', codes: chosenCodes(f), before };
  if (f.control === 'radio' || f.control === 'checkbox')
    return { kind: 'checked', states: boxes(f).map((r) => r.checked), before };
  if (isInput(el) && el.type === 'file') return { kind: 'files', files: el.files, before };
  if (isSelect(el) && el.multiple)
    return { kind: 'selected', selected: Array.from(el.options).map((o) => o.selected), before };
  if (isTextControl(el) || isSelect(el)) return { kind: 'value', value: el.value, before };
  const rich = await snapshotRichText(el);
  return rich ? { kind: 'rich', rich, text: await readRichText(el), before } : null;
}

function restoreChecks(items: HTMLInputElement[], states: boolean[]): void {
  // First the boxes to check (a radio click unchecks the others), then the ones left to clear.
  items.forEach((r, i) => {
    if (states[i]) setChecked(r, true);
  });
  items.forEach((r, i) => {
    if (states[i] || !r.checked) return;
    if (r.type === 'checkbox') setChecked(r, false);
    else {
      // A radio cannot be unchecked by a click: clear it and tell the page.
      r.checked = false;
      fireInputEvents(r);
    }
  });
}

const NOT_TAKEN: RestoreOutcome = { ok: false, reason: 'La page n’a pas repris l’ancienne valeur.' };
const held = (ok: boolean): RestoreOutcome => (ok ? { ok: true } : NOT_TAKEN);

/** Puts the control back; succeeds only when it then holds the snapshot's state. */
export async function restoreSnapshot(f: RecognisedField, snap: ControlSnapshot): Promise<RestoreOutcome> {
  const el = f.element;
  switch (snap.kind) {
    case 'checked':
      restoreChecks(boxes(f), snap.states);
      return held(boxes(f).every((r, i) => r.checked === snap.states[i]));
    case 'files': {
      const input = el as HTMLInputElement;
      setFiles(input, snap.files ?? new DataTransfer().files);
      return held(fileKey(input.files) === fileKey(snap.files));
    }
    case 'selected': {
      const select = el as HTMLSelectElement;
      Array.from(select.options).forEach((o, i) => {
        o.selected = snap.selected[i] ?? false;
      });
      fireInputEvents(select);
      return held(Array.from(select.options).every((o, i) => o.selected === (snap.selected[i] ?? false)));
    }
    case 'value': {
      const input = el as HTMLInputElement;
      setNativeValue(input, snap.value);
      return held(input.value === snap.value);
    }
    case 'chips': {
      for (const code of chosenCodes(f))
        if (!snap.codes.some((c) => sameCode(c, code))) await unpickCode(f, code);
      return held(fingerprintOf(f) === snap.before);
    }
    case 'rich': {
      const done = await restoreRichText(el, snap.rich);
      // An answer lost on the way while the editor did restore: what the page holds decides.
      if (!done.ok) return fingerprintOf(f) === snap.before ? { ok: true } : done;
      return held((await readRichText(el)) === snap.text || fingerprintOf(f) === snap.before);
    }
  }
}
