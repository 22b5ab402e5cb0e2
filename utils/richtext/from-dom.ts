import { DocBuilder, type FlatItem, itemOf, nestFlatItems } from './doc-builder';
import { type List, type Marks, NO_MARKS, type RichDoc, safeHref } from './model';
import { hasClass, isElement, nameOf, type WalkElement, type WalkNode } from './walk-node';
import { isWordListParagraph, isWordMarker, wordListEntry } from './word-lists';

/** Never content: their text is not what a person reads. */
const SKIP =
  /^(script|style|template|iframe|frame|object|embed|svg|math|noscript|head|title|meta|link|img|picture|video|audio|canvas|select|option|textarea|input|button|xml)$/;
/** Elements that start and end a paragraph of their own. */
const BLOCK =
  /^(p|div|h[1-6]|blockquote|pre|section|article|header|footer|main|aside|nav|figure|figcaption|address|center|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|form|fieldset|body|html|hr|legend|details|summary)$/;

export interface WalkOptions {
  links: boolean;
}

interface Ctx extends WalkOptions {
  marks: Marks;
  pre: boolean;
}

/** Bold, italic, underline and links of an element, from its tag and its inline style (pasted HTML). */
export function marksOf(el: WalkElement, marks: Marks, links: boolean): Marks {
  const tag = nameOf(el);
  const m = { ...marks };
  if (tag === 'b' || tag === 'strong' || /^h[1-6]$/.test(tag) || tag === 'th') m.bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite' || tag === 'dfn') m.italic = true;
  if (tag === 'u' || tag === 'ins') m.underline = true;
  if (tag === 'a') m.href = links ? safeHref(el.getAttribute('href')) : null;
  const style = el.getAttribute('style');
  if (style) {
    const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1]?.toLowerCase();
    if (weight) m.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const fontStyle = /(?:^|;)\s*font-style\s*:\s*([a-z]+)/i.exec(style)?.[1]?.toLowerCase();
    if (fontStyle) m.italic = fontStyle === 'italic' || fontStyle === 'oblique';
    const decoration = /(?:^|;)\s*text-decoration(?:-line)?\s*:\s*([^;]+)/i.exec(style)?.[1];
    if (decoration) m.underline = /underline/i.test(decoration);
  }
  return m;
}

/** The model of an element's content (usually a sanitized body). */
export function docFromDom(root: WalkNode, options: WalkOptions): RichDoc {
  const b = new DocBuilder();
  walk(root, b, { ...options, marks: NO_MARKS, pre: false });
  return b.finish();
}

function walk(parent: WalkNode, b: DocBuilder, ctx: Ctx): void {
  walkNodes(Array.from(parent.childNodes), b, ctx);
}

function walkNodes(children: readonly WalkNode[], b: DocBuilder, ctx: Ctx): void {
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.nodeType === 3) {
      text(node.nodeValue ?? '', b, ctx);
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    const tag = nameOf(el);
    if (SKIP.test(tag) || hasClass(el, 'ql-ui') || isWordMarker(el)) continue;
    if (isWordListParagraph(el)) {
      i = wordListRun(children, i, b, ctx) - 1;
      continue;
    }
    if (tag === 'br') b.br();
    else if (tag === 'ul' || tag === 'ol') for (const l of listsOf(el, tag === 'ol', ctx)) b.list(l);
    else if (tag === 'li') for (const l of listsOf(el, false, ctx, true)) b.list(l);
    else if (BLOCK.test(tag)) {
      b.flush();
      walk(el, b, { ...ctx, marks: marksOf(el, ctx.marks, ctx.links), pre: ctx.pre || tag === 'pre' });
      b.flush();
    } else walk(el, b, { ...ctx, marks: marksOf(el, ctx.marks, ctx.links) });
  }
}

function text(value: string, b: DocBuilder, ctx: Ctx): void {
  if (!ctx.pre) {
    b.text(value, ctx.marks);
    return;
  }
  value.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) b.br();
    b.text(line, ctx.marks);
  });
}

/** The blocks of an element's content, for a list item or a Word list paragraph. */
function itemContent(el: WalkElement, ctx: Ctx) {
  const inner = new DocBuilder();
  walk(el, inner, ctx);
  return itemOf(inner.finish());
}

/** Consecutive Word list paragraphs become nested lists; returns the index after the run. */
function wordListRun(children: readonly WalkNode[], start: number, b: DocBuilder, ctx: Ctx): number {
  const flat: FlatItem[] = [];
  let i = start;
  let end = start;
  for (; i < children.length; i++) {
    const node = children[i]!;
    if (node.nodeType === 8 || (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '')) continue;
    if (!isElement(node) || !isWordListParagraph(node)) break;
    const el = node;
    const entry = wordListEntry(el);
    const item = itemContent(el, { ...ctx, marks: marksOf(el, ctx.marks, ctx.links) });
    if (item) flat.push({ level: entry.level, ordered: entry.ordered, item });
    end = i + 1;
  }
  for (const l of nestFlatItems(flat)) b.list(l);
  return end;
}

/**
 * The lists of a `ul`/`ol`. Quill 2 keeps every list as `ol` with the kind on each item
 * (`data-list`) and the depth as a class (`ql-indent-N`): those come back as nested lists too. A
 * list nested directly in a list (not in an item) joins the previous item.
 */
function listsOf(el: WalkElement, ordered: boolean, ctx: Ctx, orphanItem = false): List[] {
  const markCtx = { ...ctx, marks: marksOf(el, ctx.marks, ctx.links) };
  if (orphanItem) {
    const item = itemContent(el, markCtx);
    return item ? [{ kind: 'list', ordered: false, items: [item] }] : [];
  }
  const flat: FlatItem[] = [];
  const loose = new DocBuilder();
  const flushLoose = () => {
    const item = itemOf(loose.take());
    if (item) flat.push({ level: 0, ordered, item });
  };
  for (const node of Array.from(el.childNodes)) {
    if (isElement(node) && nameOf(node) === 'li') {
      flushLoose();
      const li = node;
      const item = itemContent(li, { ...markCtx, marks: marksOf(li, markCtx.marks, ctx.links) });
      if (!item) continue;
      const kind = li.getAttribute('data-list');
      const level = Number(/\bql-indent-(\d+)\b/.exec(li.getAttribute('class') ?? '')?.[1] ?? 0);
      flat.push({ level, ordered: kind ? kind === 'ordered' : ordered, item });
    } else if (isElement(node) && /^(ul|ol)$/.test(nameOf(node))) {
      flushLoose();
      const nested = listsOf(node, nameOf(node) === 'ol', markCtx);
      const last = flat[flat.length - 1];
      if (last) last.item.children.push(...nested);
      else for (const l of nested) flat.push({ level: 0, ordered: l.ordered, item: { children: [l] } });
    } else walkNodes([node], loose, markCtx);
  }
  flushLoose();
  return nestFlatItems(flat);
}
