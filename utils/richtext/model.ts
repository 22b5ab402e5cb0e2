/**
 * The one model of formatted text (schema first, as ProseMirror does): every rich value of the
 * dossier is a document of paragraphs and lists of inline runs. Canonical HTML, the plain
 * rendering and the visible text are all renderings of this model.
 *
 *   doc       := block*
 *   block     := paragraph | list
 *   paragraph := inline+
 *   list      := item+            (ordered or not)
 *   item      := (inline+ | list)+ (text lines, nested lists, in order)
 *   inline    := text (bold, italic, underline, link) | line break
 */
export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Only where the field takes links; http(s) or mailto. */
  href: string | null;
}
export interface LineBreak {
  kind: 'br';
}
export type Inline = TextRun | LineBreak;

export interface Paragraph {
  kind: 'p';
  content: Inline[];
}
export interface List {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}
/** A list item: runs of text (one line or several, with breaks) and nested lists, in order. */
export interface ListItem {
  children: (Inline[] | List)[];
}
export type Block = Paragraph | List;
export type RichDoc = Block[];

export interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  href: string | null;
}
export const NO_MARKS: Marks = { bold: false, italic: false, underline: false, href: null };

export const isList = (x: Inline[] | List | Block): x is List => !Array.isArray(x) && x.kind === 'list';

/** Links keep only these schemes: anything else (javascript:, data:…) loses its link, keeps its text. */
export function safeHref(raw: string | null | undefined): string | null {
  const href = (raw ?? '').trim();
  return /^(https?:\/\/|mailto:)[^\s"<>]+$/i.test(href) ? href : null;
}
