import { DocBuilder, type FlatItem, nestFlatItems } from './doc-builder';
import { type Inline, type List, NO_MARKS, type RichDoc } from './model';
import { normalizeInline } from './normalize-inline';

/** « - », « * », « • », « – » and other bullets, or « 1. » / « 1) », then the item's text. */
const ITEM = /^([ \t\u00a0]*)(?:([-*•–▪◦·➢►])|(\d{1,3})[.)])[ \t\u00a0]+(\S.*)$/;

const indentOf = (s: string) => s.replace(/\t/g, '    ').length;
const runs = (text: string): Inline[] => [{ kind: 'text', text, ...NO_MARKS }];

/**
 * The model of plain text: a blank line separates paragraphs, a single line break stays a break,
 * bulleted and numbered lines become lists (deeper indentation, a nested list); an indented line
 * under a list continues its last item.
 */
export function docFromPlain(text: string): RichDoc {
  const b = new DocBuilder();
  let flat: (FlatItem & { indent: number })[] = [];
  let lineOpen = false;
  const endList = () => {
    for (const l of nestFlatItems(flat)) b.list(l);
    flat = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      endList();
      b.flush();
      lineOpen = false;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      if (lineOpen) b.flush();
      lineOpen = false;
      const indent = indentOf(item[1] ?? '');
      const level = levelFor(flat, indent);
      flat.push({ level, indent, ordered: item[3] !== undefined, item: { children: [runs(item[4]!)] } });
      continue;
    }
    const last = flat[flat.length - 1];
    if (last && indentOf(/^[ \t\u00a0]*/.exec(line)![0]) > 0) {
      const lines = last.item.children[last.item.children.length - 1] as Inline[];
      lines.push({ kind: 'br' }, ...runs(line.trim()));
      continue;
    }
    endList();
    if (lineOpen) b.br();
    b.text(line, NO_MARKS);
    lineOpen = true;
  }
  endList();
  const doc = b.finish();
  for (const block of doc) if (block.kind === 'list') normalizeItems(block);
  return doc;
}

/** Item lines were built line by line: give them the canonical form too. */
function normalizeItems(list: List): void {
  for (const item of list.items)
    item.children = item.children.map((c) => {
      if (!Array.isArray(c)) {
        normalizeItems(c);
        return c;
      }
      return normalizeInline(c);
    });
}

/** Depth of an item from its indentation, relative to the items above it. */
function levelFor(flat: readonly (FlatItem & { indent: number })[], indent: number): number {
  for (let i = flat.length - 1; i >= 0; i--) {
    const above = flat[i]!;
    if (indent > above.indent) return above.level + 1;
    if (indent === above.indent) return above.level;
  }
  return 0;
}
