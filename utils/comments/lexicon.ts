import { allCriteria, criteriaForRules } from '@/utils/criteria/criteria-for';
import { criterionKind } from '@/utils/criteria/labels';
import type { Repertoire } from '@/utils/criteria/types';
import { TOPIC_CUES, type Topic } from './cues';
import { keywordFallback, topicRouting } from './routing';
import { contentStems } from './tokens';

/** A keyword or cue phrase, stemmed, attached to one criterion. */
export interface Phrase {
  /** As written in the keyword list (shown in the reasons). */
  text: string;
  stems: readonly string[];
  criterion: string;
  weight: number;
}

export interface Lexicon {
  repertoire: Repertoire;
  newRules: boolean;
  /** Criterion numbers that keyword scoring may return (criteria, refusal grounds, admissibility). */
  numbers: readonly string[];
  /** Phrases indexed by their first stem. */
  byFirst: ReadonlyMap<string, readonly Phrase[]>;
}

/** Extra weight of multi-word phrases, per additional word. */
const PHRASE_BONUS = 0.3;
/** Weight left to a criterion's copy of a phrase that is also a refusal ground's. */
const SHARED_WITH_REFUSAL = 0.5;

interface RawPhrase {
  text: string;
  criterion: string;
  routeWeight: number;
}

function rawPhrases(repertoire: Repertoire, newRules: boolean, numbers: Set<string>): RawPhrase[] {
  const out: RawPhrase[] = [];
  const applicable = criteriaForRules(repertoire, newRules);
  for (const c of applicable) {
    if (numbers.has(c.number))
      for (const k of c.keywords) out.push({ text: k, criterion: c.number, routeWeight: 1 });
  }
  for (const record of allCriteria()) {
    if (record.repertoire !== repertoire && record.repertoire !== 'both') continue;
    if (numbers.has(record.number)) continue;
    for (const [target, w] of keywordFallback(repertoire, record.number)) {
      if (!numbers.has(target)) continue;
      for (const k of record.keywords) out.push({ text: k, criterion: target, routeWeight: w });
    }
  }
  for (const [topic, route] of Object.entries(topicRouting(repertoire, newRules))) {
    for (const [target, w] of route) {
      if (!numbers.has(target)) continue;
      for (const k of TOPIC_CUES[topic as Topic].split('|'))
        out.push({ text: k, criterion: target, routeWeight: w });
    }
  }
  return out;
}

function build(repertoire: Repertoire, newRules: boolean): Lexicon {
  const applicable = criteriaForRules(repertoire, newRules);
  const numbers = applicable.filter((c) => c.kind !== 'rule').map((c) => c.number);
  const raw = rawPhrases(repertoire, newRules, new Set(numbers));
  const stemmed = raw.map((p) => ({ ...p, stems: contentStems(p.text) })).filter((p) => p.stems.length > 0);

  // IDF-like weighting: a stem used by the phrases of many criteria says little about any of them.
  const owners = new Map<string, Set<string>>();
  for (const p of stemmed) {
    for (const s of p.stems) {
      const set = owners.get(s) ?? new Set<string>();
      set.add(p.criterion);
      owners.set(s, set);
    }
  }
  const idf = (s: string) => Math.log(1 + numbers.length / (owners.get(s)?.size ?? 1));

  // R. 6113-8-1 is examined before the criteria: a phrase shared by a refusal ground and a criterion (e.g.
  // "reproduction littérale", in RNCP 3° too) mostly speaks for the refusal ground.
  const refusalPhrases = new Set(
    stemmed.filter((p) => criterionKind(p.criterion) === 'refusal').map((p) => p.stems.join(' ')),
  );
  const best = new Map<string, Phrase>();
  for (const p of stemmed) {
    const base = p.stems.reduce((sum, s) => sum + idf(s), 0);
    const shared = criterionKind(p.criterion) !== 'refusal' && refusalPhrases.has(p.stems.join(' '));
    const weight =
      p.routeWeight * base * (1 + PHRASE_BONUS * (p.stems.length - 1)) * (shared ? SHARED_WITH_REFUSAL : 1);
    const key = `${p.criterion}|${p.stems.join(' ')}`;
    const previous = best.get(key);
    if (!previous || previous.weight < weight) {
      best.set(key, { text: p.text, stems: p.stems, criterion: p.criterion, weight });
    }
  }
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of best.values()) {
    const first = phrase.stems[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
  }
  return { repertoire, newRules, numbers, byFirst };
}

const cache = new Map<string, Lexicon>();

/** The keyword lexicon of a repertoire under the new (true) or previous (false) rules. */
export function lexiconFor(repertoire: Repertoire, newRules: boolean): Lexicon {
  const key = `${repertoire}|${newRules}`;
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = build(repertoire, newRules);
    cache.set(key, lexicon);
  }
  return lexicon;
}
