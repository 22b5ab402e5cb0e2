import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectScope } from '@/utils/matching/cues';
import { describeRoot } from '@/utils/matching/scan';
import { type ScoreMemo, scoreDescription } from '@/utils/matching/score';
import { FIXTURES, loadPage, readFixture } from './harness';

/**
 * A scan scores each distinct wording once (evidence-key.ts). Sharing those scores must change
 * nothing: on every saved page and markup, memoised and fresh scores are the same, to the bit.
 */

const files = [
  ...readdirSync(resolve(FIXTURES, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `pages/${f}`),
  ...readdirSync(resolve(FIXTURES, 'markups'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `markups/${f}`),
];

describe('per-scan score memo', () => {
  it('has pages to check', () => expect(files.length).toBeGreaterThan(10));

  it.each(files)('%s: same candidates with and without the memo', (file) => {
    loadPage(readFixture(file));
    const memo: ScoreMemo = new Map();
    let described = 0;
    for (const repertoire of ['RNCP', 'RS', undefined] as const)
      for (const desc of describeRoot(document)) {
        const scope = detectScope(desc.scopeTexts);
        const fresh = scoreDescription(desc, repertoire, scope);
        expect(scoreDescription(desc, repertoire, scope, undefined, memo)).toEqual(fresh);
        described++;
      }
    expect(described).toBeGreaterThan(0);
    // Repeated wordings share an entry: never more entries than descriptions.
    expect(memo.size).toBeLessThanOrEqual(described);
  });

  it('keeps unknown name words of unlabelled controls apart (they weigh in precision)', () => {
    document.body.innerHTML = `
      <input name="nb_certifies">
      <input name="nb_certifies_gateau">
      <input name="nb_certifies_gateau_poire_melon">`;
    const memo: ScoreMemo = new Map();
    const scores = describeRoot(document).map((desc) => {
      const shared = scoreDescription(desc, 'RNCP', undefined, undefined, memo);
      expect(shared).toEqual(scoreDescription(desc, 'RNCP'));
      return shared[0]?.score;
    });
    expect(memo.size).toBe(3);
    expect(new Set(scores).size).toBe(3);
  });
});
