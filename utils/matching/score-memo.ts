import type { Repertoire } from '../catalogue/types';
import type { Scope } from './cues';
import type { ControlDescription } from './description';
import { adjustKey, evidenceKey } from './evidence-key';
import { candidatesFrom, type WordScores, wordScoresOf } from './score';
import { createSettingTrie, type SettingTrie, settingSlot } from './setting-trie';
import type { Candidate } from './types';

/**
 * Caches of the scorer: repeated groups (blocs, promotions, partenaires) repeat their wordings, so
 * a scan scores each distinct wording once, and each distinct wording in each distinct setting
 * (kind, options, scope) once. Entries are copied out: later steps of a scan change candidates'
 * scores in place.
 */
export interface ScoreMemo {
  words: Map<string, WordScores>;
  candidates: Map<string, Candidate[]>;
  /** Settings met before, by their raw parts (setting-trie.ts), and how many it holds. */
  seen: SettingTrie;
  seenCount: number;
}

export function createScoreMemo(): ScoreMemo {
  return { words: new Map(), candidates: new Map(), seen: createSettingTrie(), seenCount: 0 };
}

export function scoreMemoised(
  desc: ControlDescription,
  repertoire: Repertoire | undefined,
  scope: Scope,
  memo: ScoreMemo,
): Candidate[] {
  const slot = settingSlot(memo.seen, desc, repertoire ?? '', scope);
  let candidates = slot.leaves.get(slot.key);
  if (!candidates) {
    const wordsKey = evidenceKey(desc, repertoire ?? '');
    const key = `${wordsKey}\u0003${adjustKey(desc, scope)}`;
    candidates = memo.candidates.get(key);
    if (!candidates) {
      let words = memo.words.get(wordsKey);
      if (!words) {
        words = wordScoresOf(desc, repertoire);
        memo.words.set(wordsKey, words);
      }
      candidates = candidatesFrom(desc, repertoire, scope, words);
      memo.candidates.set(key, candidates);
    }
    slot.leaves.set(slot.key, candidates);
    memo.seenCount++;
  }
  return candidates.map((c) => ({ ...c }));
}

/**
 * Scores depend only on their keys and the catalogue, never on the page, so the scans of one
 * content script share a memo: a page rescanned after a change (a bloc added, a tab opened)
 * scores only its new wordings. Bounded: emptied past `MAX_SHARED` scored settings, or twice as many
 * raw ones (setting-trie.ts).
 */
const MAX_SHARED = 3000;
let shared: ScoreMemo = createScoreMemo();

export function sharedScoreMemo(): ScoreMemo {
  if (shared.candidates.size > MAX_SHARED || shared.seenCount > 2 * MAX_SHARED) shared = createScoreMemo();
  return shared;
}
