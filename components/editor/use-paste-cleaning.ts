import { type ClipboardEvent, useState } from 'react';
import { normalisePaste, type PasteTarget } from '@/utils/validation/paste';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * A paste handler for identifiers, codes and numbers: the pasted text is cleaned (utils/validation/
 * paste.ts) and inserted in place of the selection, and a short note says what was done.
 * Other pastes go through untouched.
 */
export function usePasteCleaning(target: PasteTarget, onValue: (value: string) => void) {
  const [note, setNote] = useState<string | null>(null);
  const onPaste = (e: ClipboardEvent<Field>) => {
    const pasted = e.clipboardData.getData('text');
    const result = normalisePaste(target, pasted);
    if (result.note === null || result.codes) {
      setNote(null);
      return;
    }
    e.preventDefault();
    const el = e.currentTarget;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    const next = el.value.slice(0, start) + result.text + el.value.slice(end);
    onValue(next);
    setNote(result.note);
    const caret = start + result.text.length;
    requestAnimationFrame(() => el.setSelectionRange?.(caret, caret));
  };
  return { onPaste, note, clearNote: () => setNote(null) };
}
