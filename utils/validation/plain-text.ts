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
      } else if (BLOCK.test(name)) {
        // A <br> that ends a block is the block's own line end, not an extra empty line.
        if (!lastWasBr) breakLine();
        lastWasBr = false;
      }
      continue;
    }
    if (token.startsWith('<!--') || /^<(script|style)\b/i.test(token)) continue;
    const text = token === '<' ? '<' : sourceText(token);
    if (text === '') continue;
    out += decodeEntities(text);
    lastWasBr = false;
  }
  return out.replace(/^\n+|\n+$/g, '');
}

/** Source line breaks (and the indentation around them) are formatting, not text. */
function sourceText(raw: string): string {
  if (!/[\r\n]/.test(raw)) return raw;
  if (/^\s*$/.test(raw)) return '';
  return raw.replace(/[ \t]*\r?\n[ \t\r\n]*/g, ' ');
}
