import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import type { DomWindow } from './dom-window';

/**
 * DOMPurify, first pass at every boundary: it removes scripts, handlers and foreign markup with the
 * browser's own parser. It keeps the structure the schema walk reads (styles for bold in pasted
 * HTML, Word's list paragraphs, Quill's list kinds); the walk then keeps only the model.
 */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'a',
    'abbr',
    'address',
    'article',
    'aside',
    'b',
    'big',
    'blockquote',
    'body',
    'br',
    'caption',
    'center',
    'cite',
    'code',
    'dd',
    'del',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'font',
    'footer',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'header',
    'i',
    'ins',
    'kbd',
    'label',
    'li',
    'main',
    'mark',
    'nav',
    'ol',
    'p',
    'pre',
    'q',
    's',
    'samp',
    'section',
    'small',
    'span',
    'strike',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'tt',
    'u',
    'ul',
    'var',
  ],
  ALLOWED_ATTR: ['href', 'style', 'class', 'data-list'],
  KEEP_CONTENT: true,
};

// No inline handler in the probe: Chromium reports a CSP violation for one even in an inert document.
const PROBE_IN = '<div><p>a<b>b</b></p><script>x</script><span>c</span><img src=x></div>';
const PROBE_OUT = '<div><p>a<b>b</b></p><span>c</span></div>';

const cache = new WeakMap<object, DOMPurify | null>();

/**
 * DOMPurify bound to this window, or null when this DOM cannot run it soundly: happy-dom's
 * NodeIterator stops after the first removal (happy-dom#2310, DOMPurify#1457), so a probe checks it
 * once. Without it the schema walk alone decides, which emits only the model and escapes all text.
 */
export function purifierFor(win: DomWindow): DOMPurify | null {
  if (cache.has(win)) return cache.get(win) ?? null;
  let purifier: DOMPurify | null = null;
  try {
    const p = createDOMPurify(win);
    if (p.isSupported && p.sanitize(PROBE_IN, CONFIG) === PROBE_OUT) purifier = p;
  } catch {
    purifier = null;
  }
  cache.set(win, purifier);
  return purifier;
}

/** The HTML's body, parsed inert (nothing runs, nothing loads), DOMPurify applied when sound here. */
export function parseUntrusted(html: string, win: DomWindow): HTMLElement {
  const purifier = purifierFor(win);
  if (purifier) return purifier.sanitize(html, { ...CONFIG, RETURN_DOM: true }) as HTMLElement;
  return new win.DOMParser().parseFromString(html, 'text/html').body;
}
