import type { RecognisedField } from '@/utils/matching/types';

/** A recognised field around a control, as the scanner would return it. */
export function field(element: HTMLElement, over: Partial<RecognisedField> = {}): RecognisedField {
  const control =
    element instanceof HTMLSelectElement
      ? element.multiple
        ? 'multiselect'
        : 'select'
      : element instanceof HTMLTextAreaElement
        ? 'textarea'
        : element instanceof HTMLInputElement
          ? element.type === 'checkbox'
            ? 'checkbox'
            : element.type === 'radio'
              ? 'radio'
              : element.type === 'file'
                ? 'file'
                : 'text'
          : 'richtext';
  return {
    element,
    path: 'fiche.intitule',
    fieldId: 'fiche.intitule',
    confidence: 1,
    decision: 'auto',
    label: 'Champ',
    candidates: [],
    signature: 'sig',
    control,
    pageLimit: null,
    pageRequired: false,
    ...over,
  };
}

export function html<T extends HTMLElement = HTMLElement>(markup: string): T {
  const box = document.createElement('div');
  box.innerHTML = markup;
  document.body.append(box);
  return box.firstElementChild as T;
}
