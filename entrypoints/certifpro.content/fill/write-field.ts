import { pageHolds } from '@/utils/fill/page-value';
import type { WriteOp } from '@/utils/fill/types';
import type { RecognisedField } from '@/utils/matching/types';
import { walkRich } from '@/utils/richtext/core';
import { isSelect, isTextControl } from './dom-kinds';
import { writeRichText } from './editor-client';
import { selectValue, selectValues, setChecked, setFiles, setNativeValue } from './native-value';
import { readValue } from './read-state';
import { writeCodes } from './write-codes';

export type WriteOutcome =
  | { ok: true; notOffered?: string[] }
  | { ok: false; reason: string; notOffered?: string[] };
export interface WriteDeps {
  loadFiles(ids: readonly string[]): Promise<File[]>;
  /** The content script's signal: a long write (codes chosen one by one) stops when it is invalidated. */
  signal?: AbortSignal;
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 16);
  });

async function perform(f: RecognisedField, op: WriteOp, deps: WriteDeps): Promise<void> {
  const el = f.element;
  switch (op.kind) {
    case 'text':
      if (isTextControl(el)) setNativeValue(el, op.text);
      else await writeRichText(el, op.text, op.html ? walkRich(op.html, { links: true }) : undefined);
      return;
    case 'choice': {
      if (isSelect(el)) return selectValue(el, op.value);
      const radio = (f.radios ?? []).find((r) => r.value === op.value);
      if (!radio) throw new Error('option absente');
      return setChecked(radio, true);
    }
    case 'choices':
      if (!isSelect(el)) throw new Error('liste à choix multiples attendue');
      return selectValues(el, op.values);
    case 'checked':
      return setChecked(el as HTMLInputElement, op.checked);
    case 'files':
      return setFiles(el as HTMLInputElement, await deps.loadFiles(op.attachmentIds));
    case 'pick':
      throw new Error('codes à choisir dans la liste de la page');
  }
}

/**
 * Writes one value without focusing the field, then checks it stuck; a page that resets it on
 * its next render gets one more try on the next frame.
 */
export async function writeField(f: RecognisedField, op: WriteOp, deps: WriteDeps): Promise<WriteOutcome> {
  if (!f.element.isConnected) return { ok: false, reason: 'Le champ a disparu de la page.' };
  // Codes in a combobox are chosen in the page's list: its own outcome says what it offered.
  if (op.kind === 'pick') return writeCodes(f, op.codes, deps.signal);
  try {
    await perform(f, op, deps);
    if (pageHolds(await readValue(f), op)) return { ok: true };
    await nextFrame();
    if (!f.element.isConnected) return { ok: false, reason: 'Le champ a disparu de la page.' };
    await perform(f, op, deps);
    if (pageHolds(await readValue(f), op)) return { ok: true };
    return { ok: false, reason: 'La page a refusé ou effacé la valeur.' };
  } catch (e) {
    console.warn('[Certifill] écriture :', e);
    return { ok: false, reason: `Écriture impossible : ${e instanceof Error ? e.message : String(e)}.` };
  }
}
