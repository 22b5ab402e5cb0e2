import type { RecognisedField } from '@/utils/matching/types';
import { isInput, isSelect, isTextControl } from './dom-kinds';
import { type RichSnapshot, readRichText, restoreRichText, snapshotRichText } from './editor-client';
import { fireInputEvents, setChecked, setFiles, setNativeValue } from './native-value';

/** Everything needed to put one control back exactly as it was before a pre-fill. */
export type ControlSnapshot =
  | { kind: 'value'; value: string }
  | { kind: 'checked'; states: boolean[] }
  | { kind: 'selected'; selected: boolean[] }
  | { kind: 'files'; files: FileList | null }
  | { kind: 'rich'; rich: RichSnapshot; text: string };

const boxes = (f: RecognisedField): HTMLInputElement[] => f.radios ?? [f.element as HTMLInputElement];

export async function takeSnapshot(f: RecognisedField): Promise<ControlSnapshot> {
  const el = f.element;
  if (f.control === 'radio' || f.control === 'checkbox')
    return { kind: 'checked', states: boxes(f).map((r) => r.checked) };
  if (isInput(el) && el.type === 'file') return { kind: 'files', files: el.files };
  if (isSelect(el) && el.multiple)
    return { kind: 'selected', selected: Array.from(el.options).map((o) => o.selected) };
  if (isTextControl(el) || isSelect(el)) return { kind: 'value', value: el.value };
  return { kind: 'rich', rich: await snapshotRichText(el), text: await readRichText(el) };
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

/** Puts the control back; returns whether it now holds the snapshot's state. */
export async function restoreSnapshot(f: RecognisedField, snap: ControlSnapshot): Promise<boolean> {
  const el = f.element;
  switch (snap.kind) {
    case 'checked':
      restoreChecks(boxes(f), snap.states);
      return boxes(f).every((r, i) => r.checked === snap.states[i]);
    case 'files': {
      const input = el as HTMLInputElement;
      setFiles(input, snap.files ?? new DataTransfer().files);
      return (input.files?.length ?? 0) === (snap.files?.length ?? 0);
    }
    case 'selected': {
      const select = el as HTMLSelectElement;
      Array.from(select.options).forEach((o, i) => {
        o.selected = snap.selected[i] ?? false;
      });
      fireInputEvents(select);
      return Array.from(select.options).every((o, i) => o.selected === (snap.selected[i] ?? false));
    }
    case 'value': {
      const input = el as HTMLInputElement;
      setNativeValue(input, snap.value);
      return input.value === snap.value;
    }
    case 'rich':
      await restoreRichText(el, snap.rich);
      return (await readRichText(el)) === snap.text;
  }
}
