import { codeIn, optionIsCode, sameCode } from '@/utils/fill/codes';
import type { RecognisedField } from '@/utils/matching/types';
import { controlName } from './add-control';
import { isInput, isTextControl } from './dom-kinds';
import { setNativeValue } from './native-value';
import { pointerPress, pressSafely } from './press';
import { waitFor } from './wait-for';

/**
 * ARIA comboboxes and autocompletes with chips (code pickers, tag inputs), written the way a
 * person does it: type one code, wait for the listbox the page fills (often late, from a
 * server), choose the option whose code matches, check the chip appeared; then the next code.
 * The input is never focused; the widget's hidden store is never written.
 */

export function isCombobox(el: Element): boolean {
  if (!isInput(el) && el.getAttribute('contenteditable') !== 'true') return false;
  const role = el.getAttribute('role');
  const auto = el.getAttribute('aria-autocomplete');
  return (
    role === 'combobox' ||
    auto === 'list' ||
    auto === 'both' ||
    el.getAttribute('aria-haspopup') === 'listbox'
  );
}

const FORM_CONTROL = 'input:not([type="hidden"]), textarea, select, [contenteditable="true"]';

/** The widget around the input: the largest block holding no other form control (chips live there). */
export function widgetOf(input: Element): Element {
  let box: Element = input;
  for (let i = 0; i < 5; i++) {
    const up = box.parentElement;
    if (!up || up.querySelectorAll(FORM_CONTROL).length > 1 || /^(FORM|BODY|MAIN)$/.test(up.tagName)) break;
    box = up;
  }
  return box;
}

/** The listboxes the input points at (aria-controls / aria-owns), else any listbox shown on the page. */
function listboxes(input: Element): Element[] {
  const doc = input.ownerDocument;
  const ids = `${input.getAttribute('aria-controls') ?? ''} ${input.getAttribute('aria-owns') ?? ''}`
    .split(/\s+/)
    .filter(Boolean);
  const named = ids.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  if (named.length > 0) return named;
  return [...doc.querySelectorAll('[role="listbox"]')];
}

const shown = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && (typeof el.checkVisibility !== 'function' || el.checkVisibility());
};

function options(input: Element): HTMLElement[] {
  return listboxes(input)
    .filter(shown)
    .flatMap((lb) => [...lb.querySelectorAll<HTMLElement>('[role="option"]')])
    .filter((o) => shown(o) && o.getAttribute('aria-disabled') !== 'true');
}

const CHIP_CLASS = /(^|[\s_-])(chip|tag|token|pill|choice|badge|selection__choice)([\s_-]|$)/i;

/** Chips of the widget: items carrying a remove button or a chip-like class, outside the listbox. */
function chips(input: Element): Element[] {
  const widget = widgetOf(input);
  const boxes = listboxes(input);
  const out: Element[] = [];
  for (const el of widget.querySelectorAll('*')) {
    if (el === input || el.contains(input) || boxes.some((b) => b.contains(el))) continue;
    if (el.closest('label, .fr-hint-text, [role="status"]')) continue;
    const looksLike = CHIP_CLASS.test(el.getAttribute('class') ?? '') || el.getAttribute('role') === 'row';
    const removable = [...el.children].some((c) => c.matches('button, [role="button"]'));
    if (!(looksLike || removable)) continue;
    if (out.some((o) => o.contains(el))) continue;
    out.push(el);
  }
  return out;
}

const chipText = (chip: Element): string => {
  const copy = chip.cloneNode(true) as Element;
  for (const b of copy.querySelectorAll('button, [role="button"]')) b.remove();
  return copy.textContent ?? '';
};

/** The codes the widget shows as chosen, in order. */
export function chosenCodes(f: RecognisedField): string[] {
  const out: string[] = [];
  for (const chip of chips(f.element)) {
    const code = codeIn(f.fieldId, chipText(chip));
    if (code && !out.some((c) => sameCode(c, code))) out.push(code);
  }
  return out;
}

export type PickOutcome = 'chosen' | 'not_offered' | 'not_taken';

export interface PickOptions {
  signal?: AbortSignal;
  /** How long the page may take to offer its options. */
  timeoutMs?: number;
}

function typeText(input: HTMLElement, text: string): void {
  const key = text.slice(-1);
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  if (isTextControl(input)) setNativeValue(input, text);
  else {
    input.textContent = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
  }
  input.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
}

function clearText(input: HTMLElement): void {
  if (isTextControl(input) && input.value !== '') setNativeValue(input, '');
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}

/** Chooses one code in the widget's list. */
export async function pickCode(
  f: RecognisedField,
  code: string,
  opts: PickOptions = {},
): Promise<PickOutcome> {
  const input = f.element;
  if (chosenCodes(f).some((c) => sameCode(c, code))) return 'chosen';
  typeText(input, code);
  const timeoutMs = opts.timeoutMs ?? 4000;
  const option = await waitFor(
    () =>
      options(input).find(
        (o) =>
          optionIsCode(o.getAttribute('data-value') ?? '', code) || optionIsCode(o.textContent ?? '', code),
      ),
    { timeoutMs, signal: opts.signal },
  );
  if (!option) {
    clearText(input);
    return 'not_offered';
  }
  pointerPress(option);
  const taken = await waitFor(() => (chosenCodes(f).some((c) => sameCode(c, code)) ? true : null), {
    timeoutMs: 2000,
    signal: opts.signal,
  });
  if (!taken) clearText(input);
  return taken ? 'chosen' : 'not_taken';
}

/** Removes one chosen code through its chip's own remove button (undo); false when there is none. */
export async function unpickCode(f: RecognisedField, code: string, opts: PickOptions = {}): Promise<boolean> {
  const chip = chips(f.element).find((c) => {
    const found = codeIn(f.fieldId, chipText(c));
    return found !== null && sameCode(found, code);
  });
  const button = chip
    ? [...chip.querySelectorAll<HTMLElement>('button, [role="button"]')].find(
        (b) => !/ajout/i.test(controlName(b)),
      )
    : undefined;
  if (!button) return false;
  pressSafely(button);
  const gone = await waitFor(() => (chosenCodes(f).some((c) => sameCode(c, code)) ? null : true), {
    timeoutMs: 2000,
    signal: opts.signal,
  });
  return gone === true;
}
