import { decodeEntities } from './entities';

/** Elements that start and end a line when rendered. */
const BLOCK =
  /^(p|div|li|ul|ol|h[1-6]|blockquote|pre|tr|table|thead|tbody|section|article|header|footer|dl|dt|dd|hr|figure|figcaption|address)$/;
const TOKENS =
  /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][\w-]*)\b[^>]*>|[^<]+|</g;

/**
 * Plain text of a rich-text value, as the platform's editor shows it: no tags, entities decoded,
 * `<br>` and paragraph/list boundaries as line breaks. Spaces inside text are kept (editors use
 * `white-space: pre-wrap`); line breaks of the HTML source are not content. No DOM needed.
 */
export function plainTextOfHtml(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html;
  let out = '';
  let lastWasBr = false;
  // A line break of the HTML source between two words renders as one space, but not at a line's edge.
  let pendingSpace = false;
  const breakLine = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  for (const m of html.matchAll(TOKENS)) {
    const [token, , tag] = m;
    if (tag) {
      const name = tag.toLowerCase();
      if (name === 'br') {
        out += '\n';
        lastWasBr = true;
        pendingSpace = false;
      } else if (BLOCK.test(name)) {
        // A <br> that ends a block is the block's own line end, not an extra empty line.
        if (!lastWasBr) breakLine();
        lastWasBr = false;
        pendingSpace = false;
      }
      continue;
    }
    if (token.startsWith('<!--') || /^<(script|style)\b/i.test(token)) continue;
    const { lead, body, trail } = sourceText(token);
    if (lead && out !== '' && !out.endsWith('\n')) pendingSpace = true;
    if (body === '') continue;
    out += (pendingSpace ? ' ' : '') + decodeEntities(body);
    pendingSpace = trail;
    lastWasBr = false;
  }
  return out.replace(/^\n+|\n+$/g, '');
}

const EDGES = /^([ \t]*\r?\n[ \t\r\n]*)?([\s\S]*?)([ \t]*\r?\n[ \t\r\n]*)?$/;

/** Source line breaks (and the indentation around them) are formatting, not text. */
function sourceText(raw: string): { lead: boolean; body: string; trail: boolean } {
  if (!/[\r\n]/.test(raw)) return { lead: false, body: raw, trail: false };
  const m = EDGES.exec(raw);
  const body = (m?.[2] ?? '').replace(/[ \t]*\r?\n[ \t\r\n]*/g, ' ');
  return { lead: Boolean(m?.[1]), body, trail: Boolean(m?.[3]) };
}
