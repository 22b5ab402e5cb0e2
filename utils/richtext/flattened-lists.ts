import { splitInlineItems } from '../fiche/flattened/inline-items';
import { buildBlocks } from '../fiche/flattened/list-tree';
import { renderBlocks } from '../fiche/flattened/render';
import { sanitizeRich } from './index';

/** The export turns each line break into a run of spaces; real line breaks count too. */
const LINE_BREAK = /[ \t\u00a0]*(?:\r\n|\r|\n)[ \t\u00a0]*|[ \t\u00a0]{3,}/;
const HTML = /<\/?(p|br|ul|ol|li|strong|em|b|i|u|div|span)\b[^>]*>/i;

/**
 * A text of the open-data export as formatted text: runs of spaces (flattened line breaks) become
 * paragraphs, and lines starting with « - », « * », « • », « 1. », « A1C1. »… become lists,
 * nested when a second kind of marker appears inside the first. Items run together with single
 * spaces are split where the markers leave no doubt. Older exports that hold HTML are sanitized.
 * Returns sanitized HTML of the formatted-text subset; the words are those of the input.
 */
export function restoreFlattenedLists(text: string): string {
  if (HTML.test(text)) return sanitizeRich(text);
  const lines = text
    .split(LINE_BREAK)
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '')
    .flatMap(splitInlineItems);
  return sanitizeRich(renderBlocks(buildBlocks(lines)));
}
