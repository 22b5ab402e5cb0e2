// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AUTO_MARGIN, AUTO_THRESHOLD, decideAll, type Pending } from '@/utils/matching/decide';

/**
 * Two candidates both above the threshold and tied (or nearly) must never be decided: the margin is
 * what keeps pre-fill from writing a value into the wrong field. Removing it fails this test.
 */
function pending(scores: [string, number][]): Pending {
  const anchor = document.createElement('input');
  document.body.append(anchor);
  return {
    desc: { anchor } as unknown as Pending['desc'],
    candidates: scores.map(([fieldId, score]) => ({ fieldId, score })),
    scope: {},
    signature: `text|${scores.map(([f]) => f).join('|')}`,
    taught: null,
  };
}

const decide = (scores: [string, number][]) => decideAll([pending(scores)], (el) => el.parentElement)[0];

describe('decide: the margin between the two best candidates', () => {
  it('leaves two tied candidates above the threshold « à vérifier »', () => {
    const tied = decide([
      ['fiche.secteursActivite', 0.8],
      ['fiche.typesEmplois', 0.8],
    ]);
    expect(tied?.decision).toBe('a_verifier');
    expect(tied?.path).toBeNull();
  });

  it('also when the lead is just under the margin', () => {
    const close = decide([
      ['fiche.secteursActivite', AUTO_THRESHOLD + 0.2],
      ['fiche.typesEmplois', AUTO_THRESHOLD + 0.2 - AUTO_MARGIN * 0.9],
    ]);
    expect(close?.decision).toBe('a_verifier');
  });

  it('decides when the best leads by the margin, and not below the threshold', () => {
    const clear = decide([
      ['fiche.secteursActivite', 0.8],
      ['fiche.typesEmplois', 0.8 - AUTO_MARGIN - 0.01],
    ]);
    expect(clear?.decision).toBe('auto');
    expect(clear?.path).toBe('fiche.secteursActivite');
    const weak = decide([['fiche.secteursActivite', AUTO_THRESHOLD - 0.01]]);
    expect(weak?.decision).toBe('a_verifier');
  });

  it('keeps the margin a real gap (a test with no margin would pass anything)', () => {
    expect(AUTO_MARGIN).toBeGreaterThan(0.02);
  });
});
