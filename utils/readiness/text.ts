/** Reading the substance of a text: its visible words, sentences, and what it mentions (accent- and case-blind). */
import { foldText } from '../comments/fold';
import { visibleText } from '../richtext';

/**
 * What a reader sees of a stored value: formatted text (sanitized HTML, exchange format 2) reduced to its
 * visible text (utils/richtext, no DOM needed: works in the CLI), plain text of older dossiers as it is.
 */
export function visibleTextOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('\n');
  if (typeof value !== 'string') return '';
  return visibleText(value).trim();
}

/** Lower case, no accents, typographic apostrophes and spaces unified: the form patterns are written in. */
export function fold(text: string): string {
  return foldText(text);
}

/** Words of a text (letters or digits, apostrophes and hyphens inside a word). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Sentences: ends of sentence or lines that carry words. */
export function sentenceCount(text: string): number {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => wordCount(s) >= 3).length;
}

/** Whether the folded text matches one of the patterns (written on folded text: no accents, lower case). */
export function mentions(text: string, ...patterns: RegExp[]): boolean {
  const folded = fold(text);
  return patterns.some((p) => p.test(folded));
}

/** Non-empty lines of a text, list markers (« - », « • », « 1. ») removed. */
export function lines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.replace(/^\s*(?:[-*•–—▪◦]|\d+[.)])\s*/, '').trim())
    .filter((l) => l !== '');
}

/** « a, b et c » */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** Shortens a quoted excerpt to `max` characters on a word boundary. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
