import { memo } from './memo';

/**
 * Words of a control's `name`, `id` and framework binding attributes, without the generated parts
 * (`mat-input-37`, `field_8f2a`, `:r3:`), which change from one render to the next.
 */

const GENERATED = new Set(
  (
    'mat mdc cdk ng ngx input inputs select textarea text field fields form control ctl ctrl id ids ' +
    'react radix ember vue svelte app ref refs value item items elem element widget component auto ' +
    'generated editor rte ql quill tox mce ck cke mui chakra ant uid uuid key hash col row cell ' +
    'group container wrapper label labelled by the upload file files radio checkbox option'
  ).split(' '),
);

/** English or coded words seen in field names, in the catalogue's French. */
const ENGLISH: Record<string, string> = {
  lastname: 'nom',
  surname: 'nom',
  familyname: 'nom',
  firstname: 'prenom',
  givenname: 'prenom',
  phone: 'telephone',
  telephone: 'telephone',
  mail: 'email',
  title: 'intitule',
  address: 'adresse',
  level: 'niveau',
  year: 'annee',
  website: 'site internet',
  company: 'denomination',
  siret: 'siret',
};

function looksGenerated(word: string): boolean {
  return /\d/.test(word) || word.length < 3 || GENERATED.has(word) || !/[aeiouy]/.test(word);
}

const wordsOf = memo((value: string): string[] => {
  const out: string[] = [];
  const spaced = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .toLowerCase();
  for (const word of spaced.split(' ')) {
    if (!word || looksGenerated(word)) continue;
    const mapped = ENGLISH[word] ?? word;
    if (!out.includes(mapped)) out.push(mapped);
  }
  return out;
});

/** Words of identifier-like strings: camelCase, snake_case, kebab-case, dotted, bracketed. */
export function nameWords(...values: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const value of values) if (value) for (const w of wordsOf(value)) if (!out.includes(w)) out.push(w);
  return out;
}

/**
 * A placeholder that shows an example of the expected value says what the field is:
 * « https://… » a web site, « nom@domaine.fr » an e-mail; a bare format example says nothing.
 */
export function placeholderWords(placeholder: string): string {
  const p = placeholder.trim();
  if (!p) return '';
  if (/^(?:https?:\/\/|www\.)/i.test(p)) return 'site internet';
  if (/^[^\s@]+@[^\s@]+$/.test(p)) return 'adresse email';
  if (/^[\dX\s.\-/]+$/i.test(p) || /^[A-Z]{2,5}[\dX]{3,}/.test(p)) return '';
  return p;
}

/** Name-like attributes of a control. Angular's `formcontrolname` is the most stable of them. */
export function nameAttributes(el: Element): string[] {
  return nameWords(el.getAttribute('formcontrolname'), el.getAttribute('name'), el.getAttribute('id'));
}
