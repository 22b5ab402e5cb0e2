import { countCharacters, formatCount } from '../validation';

/** Characters as the page's checks count them (one grapheme = one character). */
export function textLength(text: string): number {
  return countCharacters(text.replace(/\r\n/g, '\n'));
}

export { formatCount };
