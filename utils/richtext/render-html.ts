import { type Inline, isList, type List, type RichDoc } from './model';

const escapeText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Canonical HTML of inline runs: marks nested in one order (link, bold, italic, underline). */
export function renderInline(content: readonly Inline[]): string {
  let out = '';
  for (const n of content) {
    if (n.kind === 'br') {
      out += '<br>';
      continue;
    }
    let s = escapeText(n.text);
    if (n.underline) s = `<u>${s}</u>`;
    if (n.italic) s = `<em>${s}</em>`;
    if (n.bold) s = `<strong>${s}</strong>`;
    if (n.href) s = `<a href="${escapeAttr(n.href)}">${s}</a>`;
    out += s;
  }
  return out;
}

function renderList(list: List): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const items = list.items
    .map(
      (item) =>
        `<li>${item.children.map((c) => (isList(c) ? renderList(c) : renderInline(c))).join('')}</li>`,
    )
    .join('');
  return `<${tag}>${items}</${tag}>`;
}

/** The one stored form of formatted text: what sanitizeRich returns, byte for byte. */
export function renderHtml(doc: RichDoc): string {
  return doc.map((b) => (isList(b) ? renderList(b) : `<p>${renderInline(b.content)}</p>`)).join('');
}
