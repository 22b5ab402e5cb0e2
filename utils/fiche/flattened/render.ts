import type { Block, Item, List } from './list-tree';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A numbered list drops its numbers only when they count 1, 2, 3…: the rendering gives them back. */
function counts(list: List): boolean {
  return list.items.every((item, i) => item.marker.number === i + 1);
}

function renderItem(item: Item, keepMarker: boolean): string {
  const text = escapeHtml(keepMarker ? item.line : item.text);
  return `<li>${text}${item.sub.map(renderList).join('')}</li>`;
}

function renderList(list: List): string {
  const numbered = list.key === 'numbered';
  const ordered = numbered && counts(list);
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${list.items.map((i) => renderItem(i, numbered && !ordered)).join('')}</${tag}>`;
}

/** A lone « C.1. … » or « 1. … » line is a paragraph, not a one-item list (bullets stay lists). */
function isLoneLabel(list: List): boolean {
  const only = list.items[0];
  return list.items.length === 1 && !!only && only.sub.length === 0 && !list.key.startsWith('glyph:');
}

export function renderBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'p') return `<p>${escapeHtml(b.text)}</p>`;
      if (isLoneLabel(b.list)) return `<p>${escapeHtml(b.list.items[0]!.line)}</p>`;
      return renderList(b.list);
    })
    .join('');
}
