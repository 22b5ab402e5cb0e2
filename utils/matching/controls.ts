import { memoTest } from './memo';
import type { RecognisedField } from './types';

export type ControlKind = RecognisedField['control'];

/** Input types that hold free text (and are not secrets or buttons). */
const TEXT_TYPES = new Set([
  '',
  'text',
  'email',
  'tel',
  'url',
  'number',
  'date',
  'month',
  'week',
  'datetime-local',
  'time',
  'search',
  'password',
]);

/** Editor chrome that holds inputs of its own (link tooltips, toolbars, clipboards). */
const EDITOR_CHROME = /(?:^|\s)(?:ql-tooltip|ql-clipboard|ql-toolbar|tox-|cke_dialog|ck-balloon|ck-toolbar)/;

/** Whether a contenteditable element is the root of an editable area (not an inner block). */
function isEditableRoot(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  if (v === null || v === 'false' || v === 'inherit') return false;
  const parent = el.parentElement;
  const pv = parent?.getAttribute('contenteditable');
  return !(pv !== null && pv !== undefined && pv !== 'false');
}

/** The kind of a fillable control, or null for anything the scan skips. */
export function controlKindOf(el: Element): ControlKind | null {
  switch (el.tagName) {
    case 'INPUT': {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type === 'radio') return 'radio';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'file') return 'file';
      return TEXT_TYPES.has(type) ? 'text' : null;
    }
    case 'TEXTAREA':
      return 'textarea';
    case 'SELECT':
      return el.hasAttribute('multiple') ? 'multiselect' : 'select';
    default:
      return isEditableRoot(el) ? 'richtext' : null;
  }
}

/** Hidden by its own attributes (never by computed style: no layout reads during a scan). */
export function isHiddenControl(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const chromeClass = memoTest(EDITOR_CHROME);

export function isEditorChrome(el: Element): boolean {
  for (let a: Element | null = el, i = 0; a && i < 6; a = a.parentElement, i++) {
    const cls = a.getAttribute('class');
    if (cls && chromeClass(cls)) return true;
  }
  return false;
}
