import { COOCCURRENCE_WEIGHT, cooccurrenceHits } from './cooccurrence';
import type { Lexicon, Phrase } from './lexicon';
import { contentStems } from './tokens';

export interface KeywordScore {
  number: string;
  score: number;
  /** Matched phrases, best first, as written in the keyword lists. */
  terms: string[];
}

/** Extra tokens a phrase may skip inside the text ("emplois effectivement occupés"). */
const MAX_GAP = 1;

interface Match {
  phrase: Phrase;
  positions: number[];
}

function matchAt(tokens: readonly string[], start: number, phrase: Phrase): number[] | null {
  const positions = [start];
  let pos = start;
  let gaps = 0;
  for (let k = 1; k < phrase.stems.length; k++) {
    let next = pos + 1;
    while (next < tokens.length && tokens[next] !== phrase.stems[k] && next - pos - 1 < MAX_GAP - gaps)
      next++;
    if (tokens[next] !== phrase.stems[k]) return null;
    gaps += next - pos - 1;
    positions.push(next);
    pos = next;
  }
  return positions;
}

/**
 * Scores `text` against every criterion of the lexicon: each phrase counts once, and a shorter phrase only counts
 * if it covers a word that no longer phrase of the same criterion already covered.
 */
export function scoreKeywords(text: string, lexicon: Lexicon, factor = 1): Map<string, KeywordScore> {
  const tokens = contentStems(text);
  const matches = new Map<string, Match[]>();
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of lexicon.byFirst.get(tokens[i] ?? '') ?? []) {
      const positions = matchAt(tokens, i, phrase);
      if (!positions) continue;
      const list = matches.get(phrase.criterion) ?? [];
      list.push({ phrase, positions });
      matches.set(phrase.criterion, list);
    }
  }
  // A word inside a longer phrase of one criterion (« jury VAE », « dispenses d'épreuves ») is explained by that
  // phrase: it no longer counts as a one-word cue of another criterion (« jury », « épreuves »).
  const inPhraseOf = new Map<number, Set<string>>();
  for (const [number, list] of matches) {
    for (const m of list) {
      if (m.phrase.stems.length < 2) continue;
      for (const p of m.positions) inPhraseOf.set(p, (inPhraseOf.get(p) ?? new Set()).add(number));
    }
  }
  const explainedElsewhere = (m: Match, number: string) =>
    m.phrase.stems.length === 1 &&
    m.positions.every((p) => {
      const owners = inPhraseOf.get(p);
      return owners !== undefined && !owners.has(number);
    });
  const scores = new Map<string, KeywordScore>();
  for (const [number, list] of matches) {
    list.sort((a, b) => b.phrase.stems.length - a.phrase.stems.length || b.phrase.weight - a.phrase.weight);
    const covered = new Set<number>();
    const counted = new Set<Phrase>();
    let score = 0;
    const terms: string[] = [];
    for (const m of list) {
      if (counted.has(m.phrase) || m.positions.every((p) => covered.has(p))) continue;
      if (explainedElsewhere(m, number)) continue;
      counted.add(m.phrase);
      for (const p of m.positions) covered.add(p);
      score += m.phrase.weight * factor;
      if (!terms.includes(m.phrase.text)) terms.push(m.phrase.text);
    }
    scores.set(number, { number, score, terms });
  }
  const usable = (p: number, number: string) => {
    const owners = inPhraseOf.get(p);
    return owners === undefined || owners.has(number);
  };
  for (const hit of cooccurrenceHits(tokens, lexicon.repertoire, lexicon.newRules, usable)) {
    if (!lexicon.numbers.includes(hit.number)) continue;
    const current = scores.get(hit.number) ?? { number: hit.number, score: 0, terms: [] };
    current.score += COOCCURRENCE_WEIGHT * factor;
    current.terms.push(hit.label);
    scores.set(hit.number, current);
  }
  return scores;
}

/** Adds `extra` into `into` (used to merge a heading's scores into its items'). */
export function mergeScores(into: Map<string, KeywordScore>, extra: Map<string, KeywordScore>): void {
  for (const [number, s] of extra) {
    const current = into.get(number);
    if (!current) into.set(number, { ...s, terms: [...s.terms] });
    else {
      current.score += s.score;
      for (const t of s.terms) if (!current.terms.includes(t)) current.terms.push(t);
    }
  }
}
