import { type RichOptions, walkRich } from './core';
import { richWindow } from './dom-window';
import { docFromDom } from './from-dom';
import { parseUntrusted } from './purify';
import { renderHtml } from './render-html';

/**
 * Untrusted HTML (paste, import, capture, pre-fill) → the canonical subset. DOMPurify first, then
 * the schema walk, which emits only the model and escapes all text. Idempotent. Without a DOM
 * (the background, a bare Node script) the schema walk alone, over the light parser.
 */
export function sanitizeRich(html: string, options: RichOptions = {}): string {
  if (html.trim() === '') return '';
  const win = richWindow();
  if (!win) return walkRich(html, options);
  return renderHtml(docFromDom(parseUntrusted(html, win), { links: options.links === true }));
}
