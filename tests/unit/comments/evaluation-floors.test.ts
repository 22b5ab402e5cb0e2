// @vitest-environment node
/**
 * The evaluation of the comments engine as part of `npm test` (tests/comments/evaluate.ts): it fails under its
 * floors. The held-out texts are never printed here, only which item failed (by id).
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateLetters,
  evaluateLinking,
  FLOORS,
  isTop1,
  summarise,
  unsafeProposals,
} from '../../comments/evaluate';

const outcomes = evaluateLinking();
const letters = evaluateLetters();
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('comments evaluation floors', () => {
  it(`links ≥ ${FLOORS.overall * 100} % of all remarks to their criterion (top-1)`, () => {
    const s = summarise('overall', outcomes);
    const wrong = outcomes.filter((o) => !isTop1(o)).map((o) => o.id);
    expect(s.top1, `overall top-1 ${pct(s.top1)}; wrong: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(
      FLOORS.overall,
    );
  });

  it(`links ≥ ${FLOORS.holdout * 100} % of the held-out remarks (top-1)`, () => {
    const held = outcomes.filter((o) => o.split === 'holdout');
    const s = summarise('holdout', held);
    expect(held.length).toBeGreaterThan(50);
    expect(s.top1, `held-out top-1 ${pct(s.top1)}`).toBeGreaterThanOrEqual(FLOORS.holdout);
  });

  it('proposes no refusal ground or admissibility where the remark states none', () => {
    const unsafe = outcomes.flatMap((o) => unsafeProposals(o).map((n) => `${o.id} → ${n}`));
    expect(unsafe).toEqual([]);
  });

  it('keeps every remark of every letter, ignores every furniture line, finds every deadline', () => {
    const problems = letters.flatMap((l) => [
      ...l.missing.map(() => `${l.id}: remarque perdue`),
      ...l.extra.map(() => `${l.id}: élément en trop`),
      ...l.furnitureKept.map(() => `${l.id}: ligne de courrier gardée comme remarque`),
      ...l.wronglyIgnored.map(() => `${l.id}: ligne ignorée à tort`),
      ...(l.deadline.expected === l.deadline.got
        ? []
        : [`${l.id}: échéance ${l.deadline.got ?? 'aucune'} au lieu de ${l.deadline.expected ?? 'aucune'}`]),
    ]);
    expect(letters.length).toBeGreaterThanOrEqual(10);
    expect(problems).toEqual([]);
  });
});
