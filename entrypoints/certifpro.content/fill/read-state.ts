import type { PageFieldState, PageOption, PageValue } from '@/utils/fill/types';
import { hiddenNote } from '@/utils/fill/visibility';
import type { RecognisedField } from '@/utils/matching/types';
import { chosenCodes, isCombobox } from './combobox';
import { isInput, isSelect, isTextControl } from './dom-kinds';
import { readRichHtml, readRichText } from './editor-client';
import { keyOf } from './field-keys';
import { newVisibilityMemo, type VisibilityMemo, visibilityOf } from './visibility';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function radioLabel(r: HTMLInputElement): string {
  return clean(r.labels?.[0]?.textContent) || clean(r.closest('label')?.textContent) || r.value;
}

function selectOptions(el: HTMLSelectElement): PageOption[] {
  return Array.from(el.options)
    .filter((o) => o.value !== '')
    .slice(0, 512)
    .map((o) => ({ value: o.value, label: clean(o.textContent) }));
}

export function isEditable(el: HTMLElement): boolean {
  if (isTextControl(el)) return !el.disabled && !el.readOnly;
  if (isSelect(el)) return !el.disabled;
  return el.isContentEditable || el.getAttribute('contenteditable') === 'true';
}

/** The value a recognised control holds now. Rich text is read through the editor when possible. */
export async function readValue(f: RecognisedField): Promise<PageValue> {
  const el = f.element;
  if (f.control === 'radio') {
    const checked = (f.radios ?? [el as HTMLInputElement]).find((r) => r.checked);
    return { kind: 'choice', value: checked ? checked.value : null };
  }
  if (f.control === 'checkbox' && isInput(el)) return { kind: 'checked', checked: el.checked };
  if (f.control === 'file' && isInput(el))
    return { kind: 'files', names: Array.from(el.files ?? []).map((x) => x.name) };
  if (isSelect(el)) {
    if (el.multiple)
      return {
        kind: 'choices',
        values: Array.from(el.options)
          .filter((o) => o.selected)
          .map((o) => o.value),
      };
    return { kind: 'choice', value: el.value || null };
  }
  // A combobox holds the codes its chips show; what is typed in it is a search, not a value.
  if (isCombobox(el)) return { kind: 'choices', values: chosenCodes(f) };
  if (isTextControl(el)) return { kind: 'text', text: el.value };
  return { kind: 'text', text: await readRichText(el) };
}

function limitOf(f: RecognisedField): PageFieldState['limit'] {
  const el = f.element;
  const max = isTextControl(el) ? el.maxLength : -1;
  const fromAttr = max > 0 ? { limit: max, source: 'limite du champ (maxlength)' } : null;
  if (f.pageLimit && (!fromAttr || f.pageLimit.limit <= fromAttr.limit)) return f.pageLimit;
  return fromAttr;
}

/** One pass over the page shares `memo` (ancestors read once). */
export async function readState(
  f: RecognisedField,
  memo: VisibilityMemo = newVisibilityMemo(),
): Promise<PageFieldState> {
  const el = f.element;
  const seen = visibilityOf(f, memo);
  const options =
    f.control === 'radio'
      ? (f.radios ?? []).map((r) => ({ value: r.value, label: radioLabel(r) }))
      : isSelect(el)
        ? selectOptions(el)
        : undefined;
  return {
    key: keyOf(el),
    path: f.path,
    fieldId: f.fieldId,
    decision: f.decision,
    control: f.control,
    label: f.label,
    confidence: f.confidence,
    signature: f.signature,
    candidates: f.candidates.slice(0, 5),
    limit: limitOf(f),
    editable: f.control === 'radio' ? (f.radios ?? []).some((r) => !r.disabled) : isEditable(el),
    value: await readStateValue(f),
    ...(seen.visible ? {} : { hidden: hiddenNote(seen) }),
    ...(options ? { options } : {}),
    ...(isCombobox(el) ? { widget: 'combobox' as const } : {}),
  };
}

/** The value, and for a rich-text editor its formatting too (what capture brings back). */
async function readStateValue(f: RecognisedField): Promise<PageValue> {
  const value = await readValue(f);
  if (f.control !== 'richtext' || value.kind !== 'text') return value;
  return { ...value, html: await readRichHtml(f.element) };
}
