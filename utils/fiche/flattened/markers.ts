/**
 * What starts a line of a list the open-data export flattened: a bullet glyph, a number, or a
 * label the list keeps in its text (a competence code, « 1° », « Activité 2 : »).
 */
export interface Marker {
  /** Items of one list share a key; another key in a list opens a nested list. */
  key: string;
  /** `strip`: the list renders the marker (bullets, 1. 2. 3.); `keep`: it stays in the item's text. */
  render: 'strip' | 'keep';
  /** For numbered items, the number (a numbered list must count 1, 2, 3… to drop its numbers). */
  number: number | null;
  /** The marker and the spaces after it. */
  length: number;
}

/** Glyphs that never start prose: no space needed after them. */
export const PURE_GLYPHS = '•●▪◦■□►▸➢➤✓✔❖◆';
/** Glyphs that also occur in prose: a space must follow. */
const TEXT_GLYPHS = '-–—*·';

const PURE = new RegExp(`^([${PURE_GLYPHS}])\\s*`);
const TEXT = new RegExp(`^([${TEXT_GLYPHS}])\\s+(?=\\S)`);
const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)/;
/** C.1. / C1. / A1C1. / BC01. / 1.2. — a code or a sub-number, kept in the text. */
const CODE = /^((?:[A-Z]{1,3}\.?\s?\d{1,3})(?:[A-Z]{1,3}\.?\d{1,3}){0,2}|\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)/;
const DEGREE = /^(\d{1,3})°\s*(?=\S)/;
const NUMBER_COLON = /^(\d{1,3})\s?[:–-]\s+(?=\S)/;
const LETTER = /^([a-z])\)\s+(?=\S)/;
const LABEL =
  /^(activité|bloc|compétence|module|épreuve|étape|etape|axe|domaine|unité|partie)s?\s+(\d{1,3}|[A-Z])\s*[:.–-]\s*(?=\S)/i;

/** The shape of a code (`C.1.` → `C.`, `A1C2.` → `AC`), so that `A1.` and `A1C1.` nest. */
function codeShape(code: string): string {
  return code.replace(/\d+/g, '#').replace(/\s/g, '');
}

export function markerOf(line: string): Marker | null {
  let m = PURE.exec(line) ?? TEXT.exec(line);
  if (m?.[1]) {
    // « - » and « – » are one bullet style; so are « • » and « ● ».
    const glyph = m[1].replace(/[–—]/, '-').replace(/[●▪◦■]/, '•');
    return { key: `glyph:${glyph}`, render: 'strip', number: null, length: m[0].length };
  }
  m = LABEL.exec(line);
  if (m?.[1]) return { key: `label:${m[1].toLowerCase()}`, render: 'keep', number: null, length: 0 };
  m = NUMBERED.exec(line);
  if (m?.[1]) return { key: 'numbered', render: 'strip', number: Number(m[1]), length: m[0].length };
  m = CODE.exec(line);
  if (m?.[1]) return { key: `code:${codeShape(m[1])}`, render: 'keep', number: null, length: 0 };
  m = DEGREE.exec(line);
  if (m?.[1]) return { key: 'degree', render: 'keep', number: Number(m[1]), length: 0 };
  m = NUMBER_COLON.exec(line);
  if (m?.[1]) return { key: 'number-colon', render: 'keep', number: Number(m[1]), length: 0 };
  m = LETTER.exec(line);
  if (m?.[1]) return { key: 'letter', render: 'keep', number: null, length: 0 };
  return null;
}
