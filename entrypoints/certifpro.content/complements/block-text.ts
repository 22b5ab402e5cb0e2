/**
 * Plain text of a block of the page, with its structure kept as lines: one line per paragraph (blank line
 * between paragraphs), one line per list item (`1. …` in numbered lists, `- …` in bulleted ones). The
 * sub-items of a list item stay on their item's line: they detail the same request.
 */

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SVG',
  'IFRAME',
  'CANVAS',
  'IMG',
]);
const LISTS = new Set(['OL', 'UL']);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'CITE',
  'CODE',
  'EM',
  'I',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
]);
const INLINE_MORE = new Set(['SUB', 'SUP', 'TIME', 'U', 'VAR', 'DEL', 'INS', 'LABEL', 'FONT', 'BDI', 'BDO']);

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Hidden from the user (or part of Certifill's own interface): its text is not part of the request. */
export function isHidden(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute('data-certifill-ui')) return true;
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

const isInline = (el: Element) =>
  INLINE.has(el.tagName.toUpperCase()) || INLINE_MORE.has(el.tagName.toUpperCase());

/** Text of a list item: its own text, then its sub-items on the same line. */
function itemText(li: Element): string {
  const own: string[] = [];
  const subs: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) own.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName.toUpperCase() === 'BR') own.push(' ');
        else if (isHidden(el)) continue;
        else if (LISTS.has(el.tagName.toUpperCase())) {
          for (const sub of Array.from(el.children)) if (!isHidden(sub)) subs.push(itemText(sub));
        } else {
          own.push(' ');
          walk(el);
          own.push(' ');
        }
      }
    }
  };
  walk(li);
  let text = clean(own.join(''));
  for (const sub of subs.filter((s) => s !== '')) {
    const sep = text === '' || /[:;,.!?]$/.test(text) ? ' ' : ' ; ';
    text = `${text}${sep}${sub}`.trim();
  }
  return text;
}

export class LineWriter {
  readonly lines: string[] = [];
  private buffer = '';

  text(s: string): void {
    this.buffer += s;
  }

  /** Ends the current line; with `blank`, also leaves an empty line (paragraph break). */
  end(blank = false): void {
    const line = clean(this.buffer);
    this.buffer = '';
    if (line !== '') this.lines.push(line);
    if (blank && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  line(s: string): void {
    this.end();
    const line = clean(s);
    if (line !== '') this.lines.push(line);
  }
}

function writeList(list: Element, out: LineWriter): void {
  out.end(true);
  const numbered = list.tagName.toUpperCase() === 'OL';
  let n = Number(list.getAttribute('start') ?? '1');
  if (!Number.isFinite(n)) n = 1;
  for (const li of Array.from(list.children)) {
    if (isHidden(li)) continue;
    const text = itemText(li);
    if (text === '') continue;
    out.line(numbered ? `${n}. ${text}` : `- ${text}`);
    n += 1;
  }
  out.end(true);
}

/** Appends the text of `node` to `out`. */
export function writeNode(node: Node, out: LineWriter): void {
  if (node.nodeType === 3) {
    out.text(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (tag === 'BR') {
    out.end();
    return;
  }
  if (isHidden(el)) return;
  if (LISTS.has(tag)) {
    writeList(el, out);
    return;
  }
  if (isInline(el)) {
    for (const child of Array.from(el.childNodes)) writeNode(child, out);
    return;
  }
  if (tag === 'TR') {
    const cells = Array.from(el.children).filter((c) => !isHidden(c));
    out.line(cells.map((c) => clean(c.textContent ?? '')).join(' — '));
    return;
  }
  out.end(true);
  for (const child of Array.from(el.childNodes)) writeNode(child, out);
  out.end(true);
}

/** Lines of a sequence of nodes, without leading, trailing or doubled blank lines. */
export function blockLines(nodes: readonly Node[]): string[] {
  const out = new LineWriter();
  for (const n of nodes) writeNode(n, out);
  out.end();
  const lines = out.lines;
  while (lines[lines.length - 1] === '') lines.pop();
  while (lines[0] === '') lines.shift();
  return lines;
}
