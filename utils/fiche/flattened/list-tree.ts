import { type Marker, markerOf } from './markers';

export interface Item {
  /** The line without its marker when the list renders it, else the whole line. */
  text: string;
  line: string;
  marker: Marker;
  sub: List[];
}
export interface List {
  key: string;
  items: Item[];
}
export type Block = { kind: 'p'; text: string } | { kind: 'list'; list: List };

/**
 * Groups lines into paragraphs and lists. Items of one marker form a list; an item of another
 * marker inside an open list starts a list nested in the last item; the first marker again closes
 * the nested one. A line without marker ends every open list.
 */
export function buildBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let open: List[] = [];
  for (const line of lines) {
    const marker = markerOf(line);
    if (!marker) {
      open = [];
      blocks.push({ kind: 'p', text: line });
      continue;
    }
    const text = marker.render === 'strip' ? line.slice(marker.length) : line;
    const item: Item = { text, line, marker, sub: [] };
    const same = open.findLastIndex((l) => l.key === marker.key);
    if (same >= 0) {
      open.length = same + 1;
      open[same]!.items.push(item);
      continue;
    }
    const list: List = { key: marker.key, items: [item] };
    const parent = open[open.length - 1]?.items.at(-1);
    if (parent) parent.sub.push(list);
    else blocks.push({ kind: 'list', list });
    open.push(list);
  }
  return blocks;
}
