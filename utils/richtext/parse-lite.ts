import { decodeEntities } from '../validation/entities';
import type { WalkElement, WalkNode } from './walk-node';

/**
 * A light tree of HTML without a DOM, for values already sanitized (the stored canonical form):
 * the background has no DOM and counters run on every keystroke. Tolerant: unknown closing tags
 * are ignored, `p` and `li` close as HTML closes them. Never used to make untrusted HTML safe: what
 * it reads is only ever rendered back through the model, with all text escaped.
 */
const TOKENS =
  /<!--[\s\S]*?-->|<(script|style|template|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+|</g;
const ATTRS = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const VOID = /^(br|hr|img|input|meta|link|area|base|col|embed|source|track|wbr)$/;
/** An opening tag of these closes an open `p` (as the HTML parser does). */
const CLOSES_P =
  /^(p|div|ul|ol|li|h[1-6]|blockquote|pre|table|section|article|header|footer|address|dl|figure|hr)$/;

class LiteElement implements WalkElement {
  readonly nodeType = 1;
  readonly nodeValue = null;
  readonly childNodes: WalkNode[] = [];
  constructor(
    readonly localName: string,
    private readonly attrs: Map<string, string>,
  ) {}
  getAttribute(name: string): string | null {
    return this.attrs.get(name.toLowerCase()) ?? null;
  }
}

function attributesOf(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRS))
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

export function parseLite(html: string): WalkNode {
  const root = new LiteElement('body', new Map());
  const stack: LiteElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  const closeUpTo = (name: string, stopAt: RegExp = /^$/) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const n = stack[i]!.localName;
      if (stopAt.test(n)) return;
      if (n === name) {
        stack.length = i;
        return;
      }
    }
  };
  for (const m of html.matchAll(TOKENS)) {
    const [token, skipped, slash, rawName, rawAttrs] = m;
    if (skipped || token.startsWith('<!--')) continue;
    if (!rawName) {
      top().childNodes.push({ nodeType: 3, nodeValue: decodeEntities(token), childNodes: [] });
      continue;
    }
    const name = rawName.toLowerCase();
    if (slash) {
      closeUpTo(name);
      continue;
    }
    if (CLOSES_P.test(name)) closeUpTo('p', /^(li|td|th|div|blockquote)$/);
    if (name === 'li') closeUpTo('li', /^(ul|ol)$/);
    const el = new LiteElement(name, attributesOf(rawAttrs ?? ''));
    top().childNodes.push(el);
    if (!VOID.test(name)) stack.push(el);
  }
  return root;
}
