import { formatCount } from '@/utils/validation/counter-text';
import { findExplicitRefs } from './explicit-refs';
import { classifyLines, type FurnitureKind } from './furniture';
import {
  degreeMarker,
  endsSentence,
  isBareTitle,
  isFollowUp,
  isHeading,
  isSectionTitle,
  markerLength,
} from './split-patterns';

/** One comment of a request for additions. `text` is the original wording (trimmed), to be shown as text. */
export interface SplitItem {
  text: string;
  /** The title line the item was written under ("Critère n° 3 :", "Données d'insertion :"), if any. */
  heading?: string;
  /** Index (0-based) of the item's first line in the pasted text. */
  line?: number;
}

/** A line of the letter kept out of the remarks (letterhead, greeting, deadline sentence, signature…). */
export interface IgnoredLine {
  text: string;
  kind: FurnitureKind;
  /** Index (0-based) of the line in the pasted text. */
  line: number;
}

export interface SplitResult {
  items: SplitItem[];
  /** The furniture of the letter or e-mail, in order. */
  ignored: IgnoredLine[];
  /** The pasted text's lines as analysed (after the cut of long input), for the deadline and the letter's date. */
  lines: string[];
  /** True when the input or the number of items was capped. */
  truncated: boolean;
  /** French message for the user when something was capped. */
  notice?: string;
}

/** Longest input analysed (a request for additions is a few pages; anything longer is cut). */
export const MAX_INPUT_CHARS = 100_000;
export const MAX_ITEMS = 500;

function prepare(input: string): { lines: string[]; truncated: boolean; notice?: string } {
  let text = input;
  let notice: string | undefined;
  if (text.length > MAX_INPUT_CHARS) {
    notice = `Texte tronqué : seuls les ${formatCount(MAX_INPUT_CHARS)} premiers caractères (sur ${formatCount(input.length)}) ont été analysés.`;
    text = text.slice(0, MAX_INPUT_CHARS);
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak > MAX_INPUT_CHARS - 2_000) text = text.slice(0, lastBreak);
  }
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\ufeff]/g, '')
    .split('\n')
    .map((l) => l.replace(/^(\s*>)+ ?/, '').trim());
  return { lines, truncated: notice !== undefined, ...(notice ? { notice } : {}) };
}

function finish(
  items: SplitItem[],
  ignored: IgnoredLine[],
  lines: string[],
  truncated: boolean,
  notice?: string,
): SplitResult {
  const kept = items.filter((i) => /[\p{L}\p{N}]/u.test(i.text));
  const base = { ignored, lines };
  if (kept.length <= MAX_ITEMS) return { items: kept, ...base, truncated, ...(notice ? { notice } : {}) };
  const more = `Seules les ${MAX_ITEMS} premières remarques (sur ${formatCount(kept.length)}) ont été retenues.`;
  return {
    items: kept.slice(0, MAX_ITEMS),
    ...base,
    truncated: true,
    notice: notice ? `${notice} ${more}` : more,
  };
}

/** "1°, 2°, 3°…" at line starts numbered from 1 are a list; otherwise a leading "3°" is a criterion reference. */
function degreeNumbering(lines: readonly string[]): boolean {
  const numbers = lines.map((l) => degreeMarker(l)?.n).filter((n): n is number => n !== undefined);
  return numbers.length >= 2 && numbers.every((n, i) => n === i + 1);
}

/**
 * Splits a pasted request for additions — a list, paragraphs, a whole letter or e-mail — into remarks: numbered
 * and bulleted lists, paragraphs, lines wrapped by e-mail clients joined back, title lines ("Critère n° 3 :")
 * carried to the remarks below them. The furniture of the letter (furniture.ts) is kept apart in `ignored`.
 * Input longer than MAX_INPUT_CHARS is cut (see `notice`).
 */
/**
 * « Le bulletin n° 3 du casier judiciaire… » names an administrative piece (so it points to admissibility), but it
 * does not cite a criterion: it stays under its title (« Pièces administratives : »).
 */
const namesAPiece = (match: string) => /bulletin|\bb3\b|casier/i.test(match);

export function splitComments(input: string): SplitResult {
  const { lines, truncated, notice } = prepare(input);
  const kinds = classifyLines(lines);
  const numbered = degreeNumbering(lines);
  const items: SplitItem[] = [];
  const ignored: IgnoredLine[] = [];
  let current: string[] = [];
  let currentLine = 0;
  let currentMarked = false;
  let heading: string | undefined;
  let headingLine = '';
  let headingIndex = 0;
  let headingUsed = true;
  const flush = () => {
    if (current.length > 0) {
      items.push({ text: current.join(' ').trim(), ...(heading ? { heading } : {}), line: currentLine });
      headingUsed = true;
    }
    current = [];
  };
  // A title line with nothing under it ("Merci de préciser la composition du jury VAE :") is a comment itself.
  const closeHeading = () => {
    if (!headingUsed) items.push({ text: headingLine, line: headingIndex });
    headingUsed = true;
  };

  for (const [index, line] of lines.entries()) {
    if (line === '') {
      flush();
      continue;
    }
    const kind = kinds[index];
    if (kind) {
      ignored.push({ text: line, kind, line: index });
      flush();
      if (kind !== 'delai' && kind !== 'politesse') {
        closeHeading();
        heading = undefined;
      }
      continue;
    }
    const degree = degreeMarker(line);
    const marker = degree ? (numbered ? degree.length : 0) : markerLength(line);
    const body = line.slice(marker).trim();
    const next = lines[index + 1];
    if (
      isHeading(body, findExplicitRefs(body).length > 0, next) ||
      (marker > 0 && isSectionTitle(line, body, next)) ||
      (marker === 0 && isBareTitle(body, lines[index - 1], next))
    ) {
      flush();
      closeHeading();
      heading = body.replace(/\s*:$/, '');
      headingLine = body;
      headingIndex = index;
      headingUsed = false;
      continue;
    }
    const previous = current[current.length - 1];
    const joins =
      previous !== undefined &&
      marker === 0 &&
      !degree &&
      (/^[\p{Ll}(,;)]/u.test(body) ||
        isFollowUp(body) ||
        // The unmarked lines under a list item belong to it, up to the next item or blank line.
        currentMarked ||
        (!endsSentence(previous) && !/;$/.test(previous) && previous.length >= 40));
    if (!joins) {
      flush();
      currentLine = index;
      currentMarked = marker > 0 || (degree !== null && numbered);
      // A paragraph opening with its own reference ("Au titre du critère 6°, …") closes the current title's scope.
      if (marker === 0 && findExplicitRefs(body).some((r) => r.index < 30 && !namesAPiece(r.match))) {
        closeHeading();
        heading = undefined;
      }
    }
    current.push(body);
  }
  flush();
  closeHeading();
  return finish(items, ignored, lines, truncated, notice);
}

/** One item per non-empty line (list markers removed), for text that already has one comment per line. */
export function splitLines(input: string): SplitResult {
  const { lines, truncated, notice } = prepare(input);
  const items = lines.flatMap((l, line) =>
    l === '' ? [] : [{ text: l.slice(markerLength(l)).trim(), line }],
  );
  return finish(items, [], lines, truncated, notice);
}
