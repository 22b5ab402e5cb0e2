import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCriterion } from '@/utils/criteria/criteria-for';
import { Corpus } from '../../comments/corpus-schema';

const corpus = Corpus.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../comments/corpus.json'), 'utf8')),
);

describe('comments corpus', () => {
  it('has at least 100 items, about 30 % held out, unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const holdout = corpus.filter((c) => c.split === 'holdout').length / corpus.length;
    expect(holdout).toBeGreaterThan(0.25);
    expect(holdout).toBeLessThan(0.35);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });

  it('covers both repertoires, both rule sets, refusal grounds and admissibility', () => {
    expect(corpus.some((c) => c.repertoire === 'RS')).toBe(true);
    expect(corpus.some((c) => (c.filedOn ?? '9999') < '2025-10-01')).toBe(true);
    expect(corpus.some((c) => c.expected[0]?.startsWith('R6113-8-1'))).toBe(true);
    expect(corpus.some((c) => c.expected[0] === 'recevabilite')).toBe(true);
    expect(corpus.some((c) => c.expected.length === 2)).toBe(true);
  });

  it('labels items with criteria that exist for their repertoire and filing date', () => {
    for (const c of corpus) {
      for (const number of c.expected) {
        expect(findCriterion(c.repertoire, number, c.filedOn), `${c.id} ${number}`).toBeDefined();
      }
    }
  });
});
