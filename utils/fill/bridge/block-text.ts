/** Elements that make a line of their own in an editor. */
const BLOCK = /^(P|DIV|LI|H[1-6]|PRE|BLOCKQUOTE|TR|DT|DD)$/;

const hasBlockChild = (el: Element) => Array.from(el.children).some((c) => BLOCK.test(c.tagName));

/**
 * Plain text of an editable area as its editor reports it: one line per block, `<br>` a line
 * break (except the placeholder `<br>` that keeps an empty block open). Needs no layout.
 */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    lines.push(line);
    line = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) line += child.nodeValue ?? '';
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.tagName === 'BR') {
        const closesBlock = !el.nextSibling && BLOCK.test(el.parentElement?.tagName ?? '');
        if (!closesBlock) line += '\n';
        continue;
      }
      if (/^(SCRIPT|STYLE|TEMPLATE)$/.test(el.tagName)) continue;
      const block = BLOCK.test(el.tagName);
      if (block && line !== '') flush();
      walk(el);
      if (block && (line !== '' || !hasBlockChild(el))) flush();
    }
  };
  walk(root);
  if (line !== '') flush();
  return lines
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\n+$/, '');
}
