import { memo } from './memo';

/**
 * Tokens of normalised French text: stop words and form filler dropped, light stemming (plural,
 * feminine), a few canonical spellings, criterion suffixes glued (« 2 bis » → `2bis`).
 */

const STOP = new Set(
  (
    'a au aux avec ce ces cet cette d dans de des du en est et il elle l la le les leur leurs ' +
    'ou par pour qu que qui s sa se ses son sont sous sur un une y apres cas echeant si oui ' +
    'votre vos notre nos vous nous merci svp veuillez saisir saisissez renseigner renseignez ' +
    'indiquer indiquez preciser precisez champ zone reponse ici cliquer cliquez ' +
    // Upload verbs: what to do with a file input, not what it holds.
    'ajouter ajoutez joindre joignez deposer deposez televerser telecharger telechargez importer importez ' +
    'parcourir selectionner selectionnez glisser deposer'
  ).split(' '),
);

/** Spellings that mean the same thing on a form (applied after stemming). */
const CANONICAL: Record<string, string> = {
  libelle: 'intitule',
  courriel: 'email',
  mel: 'email',
  mail: 'email',
  tel: 'telephone',
  url: 'internet',
  web: 'internet',
  num: 'numero',
  cocertificateur: 'certificateur',
  obtention: 'acquisition',
  nb: 'nombre',
  nbr: 'nombre',
  partiell: 'partie',
  partiel: 'partie',
  parti: 'partie',
  referenc: 'code',
  equivalenc: 'correspondanc',
  equivalent: 'correspondant',
};

const GLUED = [
  [/\b(\d+) ?(bis|ter|quater|quinquies)\b/g, '$1$2'],
  [/\bpre[ -]requis\b/g, 'prerequis'],
  [/\be[ -]mail\b/g, 'email'],
  [/\bco[ -]certificat/g, 'cocertificat'],
  [/\bsite ?web\b/g, 'site internet'],
] as const;

/** Light French stemmer: plural, feminine -e, -ive/-if, -aux/-al. Same on both sides. */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  let w = word;
  if (w.length > 4 && w.endsWith('aux')) w = `${w.slice(0, -3)}al`;
  else if (w.length > 3 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ee')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('iv')) w = `${w.slice(0, -2)}if`;
  return w;
}

/** Tokens of a normalised string (see normalizeFr), deduplicated in order of appearance. Shared: do not mutate. */
export const tokenize: (normalised: string) => readonly string[] = memo(tokenizeUncached);

function tokenizeUncached(normalised: string): string[] {
  let text = normalised;
  for (const [re, to] of GLUED) text = text.replace(re, to);
  const out: string[] = [];
  for (const raw of text.split(/[^a-z0-9]+/)) {
    if (!raw || STOP.has(raw)) continue;
    if (raw.length === 1 && !/\d/.test(raw)) continue;
    const s = stem(raw);
    const mapped = CANONICAL[s] ?? CANONICAL[raw];
    const token = mapped ? stem(mapped) : s;
    if (!out.includes(token)) out.push(token);
  }
  return out;
}

/**
 * Words rare in the catalogue but vague on a page (« Identifiant », « Nature », « Document »):
 * their weight is capped, so that one of them alone never stands for a whole wording.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'identifiant numero code reference nom type nature description document fichier liste contenu ' +
    'information detail element objet date autre general principal valeur donnee titre precision'
  )
    .split(' ')
    .map(stem),
);

/** Number tokens (« 2 », « 2024 ») carry little meaning unless a phrase expects them. */
export function isNumberToken(token: string): boolean {
  return /^\d+$/.test(token);
}
