import { type Block, type Inline, isList, type List, type ListItem, type Marks } from './model';
import { hasText, normalizeInline } from './normalize-inline';

/** Collects blocks while a parser walks its input: text and breaks go to the current paragraph. */
export class DocBuilder {
  private readonly blocks: Block[] = [];
  private line: Inline[] = [];

  text(text: string, marks: Marks): void {
    if (text !== '') this.line.push({ kind: 'text', text, ...marks });
  }

  br(): void {
    this.line.push({ kind: 'br' });
  }

  /** Ends the current paragraph (block boundary); an empty one leaves nothing. */
  flush(): void {
    const content = normalizeInline(this.line);
    this.line = [];
    if (hasText(content)) this.blocks.push({ kind: 'p', content });
  }

  list(list: List): void {
    this.flush();
    if (list.items.length > 0) this.blocks.push(list);
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  /** The blocks so far, and a fresh start (stray content between list items). */
  take(): Block[] {
    this.flush();
    return this.blocks.splice(0);
  }
}

/** A list item from the blocks found inside it: paragraphs become lines (joined by breaks), lists stay. */
export function itemOf(blocks: readonly Block[]): ListItem | null {
  const children: ListItem['children'] = [];
  for (const b of blocks) {
    if (isList(b)) {
      children.push(b);
      continue;
    }
    const last = children[children.length - 1];
    if (last && !isList(last)) last.push({ kind: 'br' }, ...b.content);
    else children.push([...b.content]);
  }
  return children.length > 0 ? { children } : null;
}

export interface FlatItem {
  /** 0 for the outer list. */
  level: number;
  ordered: boolean;
  item: ListItem;
}

/**
 * Nested lists from items that only know their depth (Word's list paragraphs, Quill's indented
 * items): a deeper item opens a list inside the previous item; a change of kind at one depth
 * starts a new list.
 */
export function nestFlatItems(flat: readonly FlatItem[]): List[] {
  const roots: List[] = [];
  const stack: { list: List; level: number }[] = [];
  for (const e of flat) {
    while (stack.length > 0 && stack[stack.length - 1]!.level > e.level) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.level === e.level && top.list.ordered !== e.ordered) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.level < e.level) {
      const list: List = { kind: 'list', ordered: e.ordered, items: [] };
      if (top) {
        let parent = top.list.items[top.list.items.length - 1];
        if (!parent) {
          parent = { children: [] };
          top.list.items.push(parent);
        }
        parent.children.push(list);
      } else roots.push(list);
      top = { list, level: e.level };
      stack.push(top);
    }
    top.list.items.push(e.item);
  }
  return roots;
}
