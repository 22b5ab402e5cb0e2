/**
 * Light French stemmer (in the spirit of Savoy's "light" stemmer): enough to merge singular/plural and
 * masculine/feminine forms, third-person plural verbs and the common -ation / -ement / -ence derivations. Agent nouns keep their -eur ending
 * ("formateurs" must not meet "format"). Input must already be folded.
 */

const SUFFIXES = [
  'issements',
  'issement',
  'ements',
  'ement',
  'ations',
  'ation',
  'ences',
  'ence',
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
  let stripped = '';
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      stripped = suffix;
      break;
    }
  }
  // Verbs in the third person plural as their singular (présentent → présente, précisent → précise), and
  // adjectives in -ent with their noun in -ence (équivalents, équivalence → équival). Not -ment (« document »).
  if ((!stripped || stripped === 'e' || stripped === 'es') && /[^aeioum]ent$/.test(w) && w.length - 3 >= 5) {
    w = w.slice(0, -3);
    stripped = 'ent';
  }
  // Present participles as their verb and noun: validant → valid (validation), encadrant → encadr (encadrement).
  if ((!stripped || stripped === 'e' || stripped === 'es') && w.endsWith('ant') && w.length - 3 >= 5) {
    w = w.slice(0, -3);
    stripped = 'ant';
  }
  if (w.length > 4 && w.endsWith('i')) w = w.slice(0, -1); // certifie → certifi → certif
  // Feminine doubled consonant: professionnelle → professionnell → professionnel (as the masculine).
  if (stripped && /(ll|nn|tt)$/.test(w) && w.length > 5) w = w.slice(0, -1);
  return w;
}
