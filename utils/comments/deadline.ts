import { addWorkingDays } from './business-days';
import { foldSameLength } from './fold';
import { DATE_SOURCE, dateFromGroups, type FrenchDate, resolveDate } from './french-date';
import { addDays, addMonths } from './iso-days';

/** What a letter says about the deadline, before it is turned into a date. */
export type DeadlineRule =
  | { kind: 'date'; date: FrenchDate }
  | {
      kind: 'duration';
      amount: number;
      unit: 'jours' | 'jours ouvrés' | 'jours ouvrables' | 'semaines' | 'mois';
      /** What the time counts from: the day the letter was received (default) or the letter's own date. */
      from: 'reception' | 'courrier';
    };

export interface DeadlineMention {
  rule: DeadlineRule;
  /** The sentence that sets it, as written. */
  sentence: string;
  /** The words that set it (« dans un délai de 30 jours à compter de la réception »). */
  words: string;
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  'vingt et un': 21,
  trente: 30,
  quarante: 40,
  'quarante-cinq': 45,
  'quarante cinq': 45,
  soixante: 60,
  'quatre-vingt-dix': 90,
};
const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?:\\s*\\(\\s*\\d{1,3}\\s*\\))?`;
const UNIT = '(jours?\\s+ouvres|jours?\\s+ouvrables|jours?(?:\\s+(?:calendaires|francs))?|semaines?|mois)';

/** « dans un délai de 30 jours », « sous quinze jours », « dans les deux mois », « 45 jours à compter de ». */
const DURATION = new RegExp(
  `(?:dans\\s+un\\s+delai\\s+(?:maximum\\s+|maximal\\s+|de\\s+rigueur\\s+)?(?:de\\s+|d')|sous\\s+(?:un\\s+delai\\s+de\\s+|(?:un\\s+)?delai\\s+de\\s+)?|dans\\s+les\\s+|d'ici\\s+|dans\\s+)${NUMBER}\\s+${UNIT}(?![a-z])`,
  'g',
);
const COUNTED = new RegExp(
  `${NUMBER}\\s+${UNIT}\\s+(?:a\\s+compter|suivant|qui\\s+suivent|apres\\s+(?:la\\s+)?reception)`,
  'g',
);
const IDIOM = /\bsous\s+(huitaine|quinzaine|huit\s+jours|quinze\s+jours)\b/g;
const DATE_LEAD =
  "(?:avant\\s+le|avant\\s+|d'ici\\s+(?:le|au)|au\\s+plus\\s+tard\\s+(?:le|pour\\s+le|au)?|jusqu'au|date\\s+limite(?:\\s+de\\s+\\w+)?\\s*:?\\s*(?:le|au)?|pour\\s+le)";
const DATED = new RegExp(`${DATE_LEAD}\\s*${DATE_SOURCE}`, 'g');
const DATE_THEN_LATEST = new RegExp(`${DATE_SOURCE}\\s+au\\s+plus\\s+tard`, 'g');

/** A deadline only counts in a sentence about the answer (not « taux d'insertion à six mois »). */
const ABOUT_ANSWER =
  /transmet|communiqu|fourni|adress|depos|repon|parven|envo|retourn|complet|elements|points|pieces|attendu|remett|apport|faire suivre|precisions|informations|documents/;
const FROM_LETTER =
  /a\s+compter\s+de\s+la\s+date\s+(?:du\s+present|de\s+ce|de\s+la\s+presente|d'envoi|de\s+la\s+presente\s+lettre)|a\s+compter\s+de\s+(?:la\s+date\s+de\s+)?l'envoi|a\s+compter\s+de\s+la\s+date\s+d'emission/;

function amountOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.replace(/\s+/g, ' ')] ?? null;
}

function unitOf(word: string): Extract<DeadlineRule, { kind: 'duration' }>['unit'] {
  if (/ouvres/.test(word)) return 'jours ouvrés';
  if (/ouvrables/.test(word)) return 'jours ouvrables';
  if (/^semaine/.test(word)) return 'semaines';
  if (word === 'mois') return 'mois';
  return 'jours';
}

/** Sentences of a text as offsets: final punctuation (not a decimal point) and blank lines end one. */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim() !== '') out.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '!' || ch === '?' || (ch === '.' && !/\d/.test(text[i + 1] ?? ''))) push(i + 1);
    else if (ch === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 40))) push(i + 1);
  }
  push(text.length);
  return out;
}

/** Every deadline the text sets, in order of appearance. */
export function findDeadlines(text: string): DeadlineMention[] {
  const folded = foldSameLength(text);
  const out: DeadlineMention[] = [];
  for (const s of sentences(folded)) {
    const part = folded.slice(s.start, s.end);
    if (!ABOUT_ANSWER.test(part)) continue;
    const sentence = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    const from = FROM_LETTER.test(part.replace(/\s+/g, ' ')) ? 'courrier' : 'reception';
    const found: Array<{ index: number; length: number; rule: DeadlineRule }> = [];
    const add = (index: number, length: number, rule: DeadlineRule) => {
      if (!found.some((f) => index < f.index + f.length && f.index < index + length))
        found.push({ index, length, rule });
    };
    for (const re of [DURATION, COUNTED]) {
      for (const m of part.matchAll(re)) {
        const amount = amountOf(m[1] ?? '');
        if (amount !== null && amount > 0)
          add(m.index, m[0].length, { kind: 'duration', amount, unit: unitOf(m[2] ?? ''), from });
      }
    }
    for (const m of part.matchAll(IDIOM)) {
      const amount = /huit/.test(m[1] ?? '') ? 8 : 15;
      add(m.index, m[0].length, { kind: 'duration', amount, unit: 'jours', from });
    }
    for (const re of [DATED, DATE_THEN_LATEST]) {
      for (const m of part.matchAll(re)) {
        const date = dateFromGroups(m.slice(1, 10));
        if (date) add(m.index, m[0].length, { kind: 'date', date });
      }
    }
    found.sort((a, b) => a.index - b.index);
    for (const f of found) {
      // « … à compter de la réception du présent courrier » belongs to the words shown.
      const tail = /^\s+(?:a\s+compter|suivant|qui\s+suivent)[^.,;:!?]*/.exec(part.slice(f.index + f.length));
      const end = s.start + f.index + f.length + (f.rule.kind === 'duration' && tail ? tail[0].length : 0);
      const words = text
        .slice(s.start + f.index, end)
        .replace(/\s+/g, ' ')
        .trim();
      out.push({ rule: f.rule, sentence, words });
    }
  }
  return out;
}

/**
 * The due date of a rule: a stated date (its year guessed from the letter when left out), or a duration added to
 * the day the letter was received — or to the letter's own date when the letter says so and its date is known.
 */
export function dueDate(
  rule: DeadlineRule,
  receivedOn: string,
  letterDate: string | null = null,
): string | null {
  if (rule.kind === 'date') return resolveDate(rule.date, letterDate ?? receivedOn);
  const base = rule.from === 'courrier' && letterDate ? letterDate : receivedOn;
  switch (rule.unit) {
    case 'mois':
      return addMonths(base, rule.amount);
    case 'semaines':
      return addDays(base, rule.amount * 7);
    case 'jours ouvrés':
      return addWorkingDays(base, rule.amount);
    case 'jours ouvrables':
      return addWorkingDays(base, rule.amount, true);
    default:
      return addDays(base, rule.amount);
  }
}
