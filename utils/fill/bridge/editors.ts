/**
 * Main-world side: finds the rich-text editor behind an element and drives it through its own
 * API, so that the page's model (not only its DOM) holds the text. Quill 2, CKEditor 5, TinyMCE.
 * Runs in the page: no extension API here.
 */
import { blockText } from './block-text';
import type { EditorKind } from './protocol';

export interface EditorApi {
  kind: EditorKind;
  getText(): string;
  getHtml(): string;
  setText(text: string, html?: string): void;
  snapshot(): unknown;
  restore(data: unknown): void;
}

interface QuillLike {
  root: HTMLElement;
  getText(): string;
  setText(text: string, source?: string): unknown;
  getContents(): { ops: unknown[] };
  setContents(delta: unknown, source?: string): unknown;
  clipboard?: {
    convert?(input: { html: string }): unknown;
    dangerouslyPasteHTML?(i: number, html: string, source?: string): void;
  };
}
interface QuillStatic {
  find(node: Node, bubble?: boolean): unknown;
}
interface CkLike {
  getData(): string;
  setData(html: string): void;
}
interface TinyLike {
  id: string;
  getBody?(): HTMLElement;
  getElement?(): HTMLElement;
  getContent(o?: { format: string }): string;
  setContent(html: string): void;
  fire?(name: string): void;
}

type Win = Window & { Quill?: QuillStatic; tinymce?: { get(id?: string): unknown; editors?: TinyLike[] } };

const htmlToText = (html: string) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return blockText(t.content);
};

function findQuill(el: HTMLElement): QuillLike | null {
  const Q = (el.ownerDocument.defaultView as Win | null)?.Quill;
  if (!Q || typeof Q.find !== 'function') return null;
  for (let node: HTMLElement | null = el, i = 0; node && i < 4; node = node.parentElement, i++) {
    const found = Q.find(node) as Partial<QuillLike> | null;
    if (found && typeof found.setContents === 'function' && typeof found.getText === 'function' && found.root)
      return found as QuillLike;
  }
  return null;
}

function quillApi(q: QuillLike): EditorApi {
  return {
    kind: 'quill',
    getText: () => q.getText().replace(/\n$/, ''),
    // Not getSemanticHTML: Quill 2 turns every space into &nbsp; there. Its own DOM (lists as `ol` with
    // `data-list`, depth as `ql-indent-N`) is what sanitizeRich reads.
    getHtml: () => q.root.innerHTML,
    setText(text, html) {
      const delta = html ? q.clipboard?.convert?.({ html }) : null;
      if (delta) q.setContents(delta, 'user');
      else if (html && q.clipboard?.dangerouslyPasteHTML) {
        q.setText('', 'silent');
        q.clipboard.dangerouslyPasteHTML(0, html, 'user');
      } else q.setText(text, 'user');
    },
    snapshot: () => ({ ops: JSON.parse(JSON.stringify(q.getContents().ops)) }),
    restore: (data) => q.setContents(data, 'user'),
  };
}

function findCk(el: HTMLElement): CkLike | null {
  for (let node: HTMLElement | null = el, i = 0; node && i < 4; node = node.parentElement, i++) {
    const ck = (node as HTMLElement & { ckeditorInstance?: CkLike }).ckeditorInstance;
    if (ck && typeof ck.setData === 'function') return ck;
  }
  return null;
}

function findTiny(el: HTMLElement): TinyLike | null {
  const view = el.ownerDocument.defaultView as (Win & { frameElement: Element | null }) | null;
  const hosts = [view, view?.frameElement ? (view.parent as Win) : null];
  for (const w of hosts) {
    const t = w?.tinymce;
    if (!t) continue;
    const all = (typeof t.get === 'function' ? t.get() : null) ?? t.editors ?? [];
    const list = Array.isArray(all) ? (all as TinyLike[]) : [];
    const hit = list.find(
      (e) => e.getBody?.() === el || e.getElement?.() === el || (el.id !== '' && e.id === el.id),
    );
    if (hit) return hit;
  }
  return null;
}

export function findEditor(el: HTMLElement): EditorApi | null {
  const q = findQuill(el);
  if (q) return quillApi(q);
  const ck = findCk(el);
  if (ck)
    return {
      kind: 'ckeditor5',
      getText: () => htmlToText(ck.getData()),
      getHtml: () => ck.getData(),
      setText: (text, html) => ck.setData(html ?? textToParagraphs(text)),
      snapshot: () => ck.getData(),
      restore: (data) => ck.setData(String(data)),
    };
  const tiny = findTiny(el);
  if (tiny)
    return {
      kind: 'tinymce',
      getText: () => htmlToText(tiny.getContent()),
      getHtml: () => tiny.getContent(),
      setText(text, html) {
        tiny.setContent(html ?? textToParagraphs(text));
        tiny.fire?.('change');
      },
      snapshot: () => tiny.getContent(),
      restore: (data) => tiny.setContent(String(data)),
    };
  return null;
}

function textToParagraphs(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split('\n')
    .map((l) => (l === '' ? '<p>&nbsp;</p>' : `<p>${esc(l)}</p>`))
    .join('');
}
