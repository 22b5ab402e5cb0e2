/**
 * Text folding shared by the comment engine: lower case, no diacritics, typographic variants unified.
 * `foldSameLength` keeps one output character per input UTF-16 unit so that match offsets map back to the
 * original text; `foldText` may change lengths (ligatures).
 */

const SPECIAL: Record<string, string> = {
  º: '°', // masculine ordinal indicator, often typed for the degree sign
  '˚': '°',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '–': '-',
  '—': '-',
  '‑': '-',
};

function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return ch;
  const base = lower.normalize('NFD')[0];
  return base ?? lower;
}

/** Lower-cased, accent-free copy of `text` with exactly the same length. */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out;
}

/** Lower-cased, accent-free copy of `text`, ligatures expanded (œ → oe, æ → ae). */
export function foldText(text: string): string {
  return foldSameLength(text).replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}
