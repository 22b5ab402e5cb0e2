/** The visible counter « 1 234 / 3 000 » and its screen-reader sentence, GOV.UK style, in French. */

/** Narrow no-break space: the French thousands separator. */
export const NNBSP = '\u202f';
/** The counter turns to warning from this share of the limit. */
export const WARNING_RATIO = 0.9;

/** « 12 345 » with a narrow no-break space (called on every keystroke: no regular expression). */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  if (digits.length <= 3) return sign + digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += NNBSP + digits.slice(i, i + 3);
  return sign + out;
}

export function caracteres(n: number): string {
  return `${formatCount(n)} caractère${Math.abs(n) > 1 ? 's' : ''}`;
}

export interface CounterText {
  /** Visible text, e.g. « 1 234 / 3 000 ». */
  text: string;
  state: 'ok' | 'warning' | 'error';
  /** Sentence for the live region: « Il vous reste 12 caractères » / « 3 caractères en trop ». */
  srText: string;
}

export function counterText(count: number, limit: number | null): CounterText {
  if (limit === null || limit <= 0) {
    return {
      text: formatCount(count),
      state: 'ok',
      srText: `${caracteres(count)} saisi${count > 1 ? 's' : ''}`,
    };
  }
  const text = `${formatCount(count)} / ${formatCount(limit)}`;
  if (count > limit) return { text, state: 'error', srText: `${caracteres(count - limit)} en trop` };
  const left = limit - count;
  const srText = left === 0 ? 'Il ne vous reste aucun caractère' : `Il vous reste ${caracteres(left)}`;
  return { text, state: count >= limit * WARNING_RATIO ? 'warning' : 'ok', srText };
}
