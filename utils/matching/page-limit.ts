import { memo } from './memo';

/**
 * Character limits stated by the page: `maxlength`, hint text (« 3 000 caractères maximum »,
 * « 5000 caractères max. », « (max. 255 caractères) », « limité à 2 000 caractères ») or a
 * visible counter (« 0 / 3000 caractères », « 120 caractères restants »).
 */

export interface PageLimit {
  limit: number;
  source: string;
}

/** A number written the French way: « 3 000 », « 3 000 » (narrow no-break space), « 3.000 ». */
const NUM = String.raw`(\d{1,3}(?:[ .\u00a0\u202f\u2009]\d{3})+|\d+)`;
const CHARS = String.raw`(?:caract[eè]res?|car\.|signes?)`;
const MAXWORD = String.raw`(?:maximum|max\.?|au maximum|maxi)`;

const PATTERNS: readonly [RegExp, string][] = [
  [new RegExp(`${NUM}\\s*\\/\\s*${NUM}\\s*${CHARS}`, 'i'), 'counter'],
  [new RegExp(`^\\s*${NUM}\\s*\\/\\s*${NUM}\\s*$`), 'counter'],
  [new RegExp(`entre\\s*${NUM}\\s*et\\s*${NUM}\\s*${CHARS}`, 'i'), 'counter'],
  [
    new RegExp(`${NUM}\\s*${CHARS}(?:\\s*\\(?\\s*espaces? compris\\s*\\)?)?\\s*,?\\s*${MAXWORD}`, 'i'),
    'hint',
  ],
  [new RegExp(`${MAXWORD}\\s*:?\\s*${NUM}\\s*${CHARS}`, 'i'), 'hint'],
  [
    new RegExp(
      `(?:limit[ée]e?s?(?:\\s*[àa])?|dans la limite de|ne (?:doit|peut) pas d[ée]passer|jusqu'?\\s*[àa])\\s*${NUM}\\s*${CHARS}`,
      'i',
    ),
    'hint',
  ],
  [new RegExp(`${NUM}\\s*${CHARS}\\s*restants?`, 'i'), 'remaining'],
  [new RegExp(`(?:reste|restant)\\s*:?\\s*${NUM}\\s*${CHARS}`, 'i'), 'remaining'],
];

function toNumber(text: string): number {
  return Number(text.replace(/[ .\u00a0\u202f\u2009]/g, ''));
}

interface StatedLimit {
  kind: string;
  n: number;
  source: string;
}

/** What a text states, before « restants » adds the current length (memoised: hints repeat). */
const statedLimit = memo((text: string): StatedLimit | null => {
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = toNumber((kind === 'counter' ? m[2] : m[1]) ?? '');
    if (n > 0) return { kind, n, source: m[0].trim() };
  }
  return null;
});

/** Limit stated in a text, or null. `currentLength` turns « N caractères restants » into a limit. */
export function parseLimit(text: string, currentLength = 0): PageLimit | null {
  const stated = statedLimit(text);
  if (!stated) return null;
  return { limit: stated.kind === 'remaining' ? stated.n + currentLength : stated.n, source: stated.source };
}

/** A live counter's wording: « 12 / 3 000 caractères », « 12 / 3000 », « 120 caractères restants ». */
const LIVE_COUNTER: readonly RegExp[] = [
  new RegExp(`${NUM}\\s*\\/\\s*${NUM}\\s*${CHARS}`, 'i'),
  new RegExp(`^\\s*${NUM}\\s*\\/\\s*${NUM}\\s*$`),
  new RegExp(`${NUM}\\s*${CHARS}\\s*restants?`, 'i'),
  new RegExp(`(?:reste|restant)\\s*:?\\s*${NUM}\\s*${CHARS}`, 'i'),
];

/**
 * Whether the page shows its own live counter next to the control (a hint that counts, not a
 * stated maximum such as « 3 000 caractères maximum »): the checks then draw no second counter.
 */
export function showsLiveCounter(hints: readonly string[]): boolean {
  return hints.some((hint) => LIVE_COUNTER.some((re) => re.test(hint)));
}

/** `maxlength` first (what the browser enforces), then the hints and counters next to the control. */
export function pageLimitOf(el: Element, hints: readonly string[], currentLength: number): PageLimit | null {
  const attr = Number(el.getAttribute('maxlength'));
  if (Number.isInteger(attr) && attr > 0 && attr < 1_000_000) return { limit: attr, source: 'maxlength' };
  for (const hint of hints) {
    const found = parseLimit(hint, currentLength);
    if (found) return found;
  }
  return null;
}
