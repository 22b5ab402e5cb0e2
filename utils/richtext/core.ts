import { countCharacters } from '../validation/count';
import { richWindow } from './dom-window';
import { docFromDom } from './from-dom';
import { docFromPlain } from './from-plain';
import type { RichDoc } from './model';
import { parseLite } from './parse-lite';
import { renderHtml } from './render-html';
import { renderPlain, renderVisible } from './render-plain';

export interface RichOptions {
  /** Keep http(s) and mailto links (only fields that take them). */
  links?: boolean;
}

/**
 * HTML → the canonical subset through the schema walk alone: parsed inert (the DOM's DOMParser:
 * nothing runs, nothing loads; without a DOM the light parser), then only the model is emitted,
 * every text escaped. The content script's form (DOMPurify's 10 kB gzip do not fit its budget):
 * it canonicalises dossier values before writing them into the page and reads the page's editors
 * back; what it captures goes through sanitizeRich (DOMPurify first) before it is saved.
 */
export function walkRich(html: string, options: RichOptions = {}): string {
  if (html.trim() === '') return '';
  const win = richWindow();
  const root = win ? new win.DOMParser().parseFromString(html, 'text/html').body : parseLite(html);
  return renderHtml(docFromDom(root, { links: options.links === true }));
}

/** Plain text → canonical HTML: paragraphs, breaks, « - », « * », « • », « 1. » lines as lists. */
export function richFromPlain(text: string): string {
  return renderHtml(docFromPlain(text));
}

const TAG = /<\/?(p|br|ul|ol|li|strong|em|b|i|u|a|div|span|h[1-6])\b[^>]*>/i;

/** True when a stored value is HTML rather than the plain text of an older dossier. */
export function isRichHtml(value: string): boolean {
  return TAG.test(value);
}

/** The model of a stored value, without a DOM; plain text (older values) reads as plain text. */
export function parseRich(value: string, options: RichOptions = { links: true }): RichDoc {
  if (!isRichHtml(value)) return docFromPlain(value);
  return docFromDom(parseLite(value), { links: options.links !== false });
}

/** The faithful plain rendering for a plain textarea (« - » bullets, numbers, blank line between paragraphs). */
export function plainFromRich(html: string): string {
  return renderPlain(parseRich(html));
}

/** What a person sees in a rich-text editor, as the platform counts it (no markers, one line per item). */
export function visibleText(html: string): string {
  return renderVisible(parseRich(html));
}

export function visibleLength(html: string): number {
  return countCharacters(visibleText(html));
}

/** A stored value in canonical form without a DOM (values already sanitized once: older forms, lists). */
export function canonicalRich(value: string, options: RichOptions = {}): string {
  return renderHtml(parseRich(value, { links: options.links === true }));
}
