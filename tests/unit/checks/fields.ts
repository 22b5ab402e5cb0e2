import type { FieldSource } from '@/entrypoints/certifpro.content/checks/field-source';
import type { RecognisedField } from '@/utils/matching/types';

/** A RecognisedField as the page scan would give it, for tests. */
export function recognised(element: HTMLElement, over: Partial<RecognisedField> = {}): RecognisedField {
  const control =
    element instanceof HTMLTextAreaElement
      ? 'textarea'
      : element instanceof HTMLSelectElement
        ? 'select'
        : element.isContentEditable || element.getAttribute('contenteditable') === 'true'
          ? 'richtext'
          : 'text';
  return {
    element,
    path: null,
    fieldId: null,
    confidence: 0.9,
    decision: 'auto',
    label: element.getAttribute('aria-label') ?? element.id,
    candidates: [],
    signature: element.id,
    control,
    pageLimit: null,
    pageRequired: false,
    ...over,
  };
}

/** A scan service stand-in whose fields the test sets. */
export function fakeSource(
  initial: RecognisedField[] = [],
): FieldSource & { set(f: RecognisedField[]): void } {
  let fields = initial;
  const subs = new Set<(f: readonly RecognisedField[]) => void>();
  return {
    current: () => fields,
    subscribe(cb) {
      subs.add(cb);
      return () => subs.delete(cb);
    },
    set(f) {
      fields = f;
      for (const cb of subs) cb(f);
    },
  };
}

/** Types into a control the way a browser does: value, then a bubbling input event. */
export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
