import { type Inline, isList, type List, type RichDoc } from './model';

/** Text of inline runs; a link whose text is not its address keeps the address: « texte (https://…) ». */
function inlineText(content: readonly Inline[], breakWith: string, withLinks: boolean): string {
  let out = '';
  let linkText = '';
  for (let i = 0; i < content.length; i++) {
    const n = content[i]!;
    if (n.kind === 'br') {
      out += breakWith;
      continue;
    }
    out += n.text;
    if (!withLinks || !n.href) continue;
    linkText += n.text;
    const next = content[i + 1];
    if (next?.kind === 'text' && next.href === n.href) continue;
    if (linkText.trim() !== n.href && linkText.trim() !== n.href.replace(/^mailto:/i, ''))
      out += ` (${n.href})`;
    linkText = '';
  }
  return out;
}

function listPlain(list: List, indent: string): string[] {
  const lines: string[] = [];
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${i + 1}. ` : '- ';
    const inner = indent + ' '.repeat(marker.length);
    let first = true;
    for (const child of item.children) {
      if (isList(child)) lines.push(...listPlain(child, inner));
      else lines.push((first ? indent + marker : inner) + inlineText(child, `\n${inner}`, true));
      first = false;
    }
    if (first) lines.push(indent + marker.trimEnd());
  });
  return lines;
}

/**
 * The faithful plain rendering, for a plain textarea: « - » bullets, « 1. » numbers, nested items
 * indented under their parent's text, a blank line between blocks.
 */
export function renderPlain(doc: RichDoc): string {
  return doc
    .map((b) => (isList(b) ? listPlain(b, '').join('\n') : inlineText(b.content, '\n', true)))
    .join('\n\n');
}

function listVisible(list: List): string[] {
  return list.items.flatMap((item) =>
    item.children.flatMap((c) => (isList(c) ? listVisible(c) : [inlineText(c, '\n', false)])),
  );
}

/**
 * The text a person sees in a rich-text editor, as the platform counts it: one line per
 * paragraph and per list item, no bullet or number (the editor draws them), no blank lines.
 */
export function renderVisible(doc: RichDoc): string {
  return doc.flatMap((b) => (isList(b) ? listVisible(b) : [inlineText(b.content, '\n', false)])).join('\n');
}
