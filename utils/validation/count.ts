/**
 * Counting characters as a person does: one grapheme cluster is one character (👩‍💻 = 1,
 * « e » + combining acute = 1, CRLF = 1 line break). Spaces and line breaks count.
 */

/** Text where every UTF-16 unit is one grapheme: printable ASCII, tab, LF, Latin-1/Extended, punctuation. */
const SIMPLE = /^[\t\n\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]*$/;
const COMBINING = /^[\u0300-\u036f]/;

let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('fr', { granularity: 'grapheme' })
        : null;
  }
  return segmenter;
}

export function countCharacters(text: string): number {
  if (text.length === 0) return 0;
  // The fast path stops before U+0300 (combining marks) and excludes CR and ZWJ.
  if (SIMPLE.test(text)) return text.length;
  const seg = getSegmenter();
  if (seg) {
    let n = 0;
    for (const _ of seg.segment(text)) n++;
    return n;
  }
  return fallbackCount(text);
}

/** Without Intl.Segmenter: code points, minus combining marks, ZWJ sequences and CRLF pairs. */
function fallbackCount(text: string): number {
  let n = 0;
  let joinNext = false;
  let prev = '';
  for (const ch of text) {
    const attaches =
      COMBINING.test(ch) || /[\u200d\ufe00-\ufe0f]/.test(ch) || /^\p{Emoji_Modifier}$/u.test(ch);
    if (joinNext || attaches || (prev === '\r' && ch === '\n')) {
      joinNext = ch === '\u200d';
    } else {
      n++;
      joinNext = false;
    }
    prev = ch;
  }
  return n;
}
