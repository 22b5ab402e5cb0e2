import { memo } from './memo';

/**
 * French text normalisation for labels, hints and catalogue wordings. The same function runs on
 * both sides of a comparison, so what it strips never needs to be matched.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u00b4`\u2032]/g;
const QUOTES = /[\u00ab\u00bb\u201c\u201d\u201e\u201f"\u2039\u203a]/g;
const SPACES = /[\s\p{C}\u00a0\u2007\u202f\u2009\u200a\u2002-\u2006\u3000]+/gu;
const DASHES = /[\u2010-\u2015\u2212]/g;
/** Required / optional markers that say nothing about which field this is. */
const MARKERS =
  /\((?:\s*(?:obligatoire|requis|facultatif|optionnel|champ (?:obligatoire|requis))\s*)\)|\bchamps? (?:obligatoire|requis)\b|\bobligatoire\b|\*/g;
/** « n° », « nº », « No. 3 », « N ° » → « numero ». */
const NUMERO = /\bn\s*[°º]\s*|\bno\.?\s*(?=\d)|\bnum\.?\s*(?=\d)/g;
/** « 1er », « 1re », « 1ère » → « 1 ». */
const ORDINAL_FIRST = /\b1\s*(?:er|re|ere)\b/g;

/**
 * NFD + accents stripped, lower-case, ligatures, typographic apostrophes and quotes, « n° »,
 * « 1er », degree signs, required markers and asterisks removed, whitespace collapsed, trailing
 * colons and dangling punctuation trimmed.
 */
export const normalizeFr: (text: string) => string = memo(normalizeUncached);

function normalizeUncached(text: string): string {
  return text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, ' ')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(MARKERS, ' ')
    .replace(NUMERO, 'numero ')
    .replace(ORDINAL_FIRST, '1')
    .replace(/°/g, ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(/ +/g, ' ')
    .replace(/^[\s:;,.\-–—]+|[\s:;,.\-–—?]+$/g, '')
    .trim();
}

/** Chromium's validity rule: a label must hold something other than whitespace and `+*:-–()`. */
export function isMeaningful(normalised: string): boolean {
  return /[a-z0-9]/.test(normalised);
}

/** Removes hint text that leaked into a label (e.g. a hint span inside the `<label>`). */
export function withoutHint(label: string, hint: string): string {
  if (!hint || hint.length >= label.length) return label;
  const at = label.indexOf(hint);
  return at < 0 ? label : `${label.slice(0, at)} ${label.slice(at + hint.length)}`.replace(/ +/g, ' ').trim();
}

/** The page's words for display: whitespace collapsed, asterisks, « (obligatoire) » and colons removed. */
export const displayText: (raw: string) => string = memo((raw) =>
  raw
    .replace(SPACES, ' ')
    .replace(/\(\s*(?:obligatoire|requis)\s*\)|\*/gi, '')
    .replace(/ +/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim(),
);

/** Raw text carries a required marker: an asterisk or « obligatoire ». */
export function hasRequiredMarker(raw: string): boolean {
  return /\*|\bobligatoire\b/i.test(raw);
}
