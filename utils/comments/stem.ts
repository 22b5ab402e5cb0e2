/**
 * Light French stemmer (in the spirit of Savoy's "light" stemmer): enough to merge singular/plural and
 * masculine/feminine forms and the common -ation / -ement derivations. Agent nouns keep their -eur ending
 * ("formateurs" must not meet "format"). Input must already be folded.
 */

const SUFFIXES = [
  'issements',
  'issement',
  'ements',
  'ement',
  'ations',
  'ation',
  'itions',
  'ition',
  'ites',
  'ite',
  'ives',
  'ive',
  'ifs',
  'if',
  'ees',
  'ee',
  'es',
  'er',
  'ez',
  'e',
];

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('aux') && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if ((w.endsWith('s') || w.endsWith('x')) && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 4 && w.endsWith('i')) w = w.slice(0, -1); // certifie → certifi → certif
  return w;
}
