import type Quill from 'quill';
import type { Delta } from 'quill';
import { h, onMounted } from '../dom';
import { fieldId, matId } from '../ids';
import { readValue, writeValue } from '../store';
import { counter, describedBy } from './counter';
import { type FieldSpec, modelKey, requiredMark } from './field';

declare global {
  interface Window {
    /** Loaded by a classic `<script>` (UMD), as on a page that does not bundle its editor. */
    Quill: typeof Quill;
  }
}

export interface RichTextSpec extends FieldSpec {
  /** Visible "x / y caractères" counter. */
  counter?: number;
  placeholder?: string;
}

const TOOLBAR = [
  ['bold', 'italic', 'underline'],
  [{ list: 'ordered' }, { list: 'bullet' }],
  ['link', 'clean'],
];

/**
 * A Quill 2 editor. `data-truth` and the accessible name go on `.ql-editor` (the contenteditable).
 * Labelling: `for` points a `<label>` at the editor's container (not labelable, as on real pages);
 * otherwise the label text is referenced with `aria-labelledby`.
 */
export function richText(spec: RichTextSpec): HTMLElement {
  const key = modelKey(spec);
  const containerId = fieldId(`rte:${key}`);
  const labelId = matId('label');
  const content = [
    spec.label,
    requiredMark(spec.required),
    spec.hint && h('span', { class: 'fr-hint-text' }, spec.hint),
  ];
  const label =
    spec.labelling === 'for'
      ? h('label', { class: 'fr-label', for: containerId, id: labelId }, ...content)
      : h(spec.textTag ?? 'p', { class: 'fr-label', id: labelId }, ...content);
  const container = h('div', { class: 'cp-editor', id: containerId });
  const count = spec.counter ? counter(spec.counter) : null;

  onMounted(() => {
    const quill = new window.Quill(container, {
      theme: 'snow',
      modules: { toolbar: TOOLBAR },
      placeholder: spec.placeholder ?? 'Saisissez votre texte…',
    });
    const editor = quill.root;
    editor.setAttribute('data-truth', spec.truth);
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    if (spec.labelling !== 'for') {
      editor.setAttribute('aria-labelledby', [...(spec.labelledBy ?? []), labelId].join(' '));
    }
    if (spec.required) editor.setAttribute('aria-required', 'true');
    const saved = readValue<Delta>(key);
    if (saved) quill.setContents(saved, 'silent');
    const refresh = () => count?.update(quill.getLength() - 1);
    if (count) describedBy(editor, count.el.id);
    refresh();
    quill.on('text-change', () => {
      writeValue(key, quill.getContents());
      refresh();
    });
  });
  return h('div', { class: 'fr-input-group cp-richtext' }, label, container, count?.el);
}
