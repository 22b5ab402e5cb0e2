/** Formatting a rich-text value may keep when pasted into the platform's editor. */
const ALLOWED = new Set([
  'P',
  'BR',
  'UL',
  'OL',
  'LI',
  'STRONG',
  'B',
  'EM',
  'I',
  'U',
  'A',
  'H3',
  'H4',
  'BLOCKQUOTE',
]);

function clean(node: Element, doc: Document): Node[] {
  const out: Node[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push(doc.createTextNode(child.nodeValue ?? ''));
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (/^(SCRIPT|STYLE|TEMPLATE|IFRAME|OBJECT|EMBED|SVG|MATH)$/i.test(el.tagName)) continue;
    const kids = clean(el, doc);
    if (!ALLOWED.has(el.tagName.toUpperCase())) {
      out.push(...kids);
      continue;
    }
    const copy = doc.createElement(el.tagName.toLowerCase());
    const href = el.getAttribute('href');
    if (el.tagName.toUpperCase() === 'A' && href && /^(https?:|mailto:)/i.test(href.trim()))
      copy.setAttribute('href', href.trim());
    copy.append(...kids);
    out.push(copy);
  }
  return out;
}

/** Keeps paragraphs, lists, emphasis and http(s) links; drops every attribute, script and style. */
export function sanitizeHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const box = doc.createElement('div');
  box.append(...clean(doc.body, doc));
  return box.innerHTML;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as editor HTML: one paragraph per line. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line === '' ? '<p><br></p>' : `<p>${escapeHtml(line)}</p>`))
    .join('');
}
