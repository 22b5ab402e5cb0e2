import { normaliseText, sameList, sameText } from './normalise';
import type { PageFieldState, PageValue, WriteOp } from './types';

function optionLabel(state: PageFieldState, value: string): string {
  const o = state.options?.find((x) => x.value === value);
  return o ? o.label || o.value : value;
}

/** The value on the page, as shown to the user. */
export function displayPageValue(state: PageFieldState): string {
  const v = state.value;
  switch (v.kind) {
    case 'text':
      return normaliseText(v.text);
    case 'choice':
      return v.value ? optionLabel(state, v.value) : '';
    case 'choices':
      return v.values.map((x) => optionLabel(state, x)).join(', ');
    case 'checked':
      return v.checked ? 'Coché' : 'Non coché';
    case 'files':
      return v.names.join(', ');
  }
}

/** An untouched control: blank text, nothing chosen, unchecked, no file. */
export function isEmptyPageValue(v: PageValue): boolean {
  switch (v.kind) {
    case 'text':
      return normaliseText(v.text) === '';
    case 'choice':
      return !v.value;
    case 'choices':
      return v.values.length === 0;
    case 'checked':
      return !v.checked;
    case 'files':
      return v.names.length === 0;
  }
}

/** True when writing `op` would change nothing. */
export function pageHolds(v: PageValue, op: WriteOp): boolean {
  if (op.kind === 'text') return v.kind === 'text' && sameText(v.text, op.text);
  if (op.kind === 'choice') return v.kind === 'choice' && v.value === op.value;
  if (op.kind === 'choices') return v.kind === 'choices' && sameList(v.values, op.values);
  if (op.kind === 'checked') return v.kind === 'checked' && v.checked === op.checked;
  if (op.kind === 'pick') return v.kind === 'choices' && sameList(v.values, op.codes);
  return v.kind === 'files' && sameList(v.names, op.names);
}
