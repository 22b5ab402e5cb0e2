// @vitest-environment node
/**
 * The linker's text model (utils/comments/model.ts): the committed file is what a fresh training on the
 * development part gives (it cannot go stale), no held-out item trains it, and it never proposes a refusal ground
 * or admissibility by itself. Held-out items are only counted and compared by id here, never read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blendModel, compileModel, type LinkerModelData } from '@/utils/comments/model';
import { defaultBlend } from '@/utils/comments/model-default';
import type { KeywordScore } from '@/utils/comments/score';
import { loadCorpus, loadLetters } from '../../comments/evaluate';
import { type DevItem, devItems, trainOnDev } from '../../comments/linker-training';

const MODEL_PATH = new URL('../../../utils/comments/linker-model.json', import.meta.url);
const committedText = readFileSync(MODEL_PATH, 'utf8');
const committed = JSON.parse(committedText) as LinkerModelData;

describe('linker model', () => {
  it('is the file a fresh training on the development part writes (npm run train:linker)', () => {
    expect(committed).toEqual(trainOnDev(devItems()));
  });

  it('is trained on development items only', () => {
    const items = devItems();
    expect(items.every((i) => i.split === 'dev')).toBe(true);
    const heldOut = new Set([
      ...loadCorpus()
        .filter((c) => c.split === 'holdout')
        .map((c) => c.id),
      ...loadLetters()
        .filter((l) => l.split === 'holdout')
        .flatMap((l) => l.remarks.map((_, i) => `${l.id}.${i + 1}`)),
    ]);
    expect(heldOut.size).toBeGreaterThan(50);
    expect(items.filter((i) => heldOut.has(i.id))).toEqual([]);
    const stray = { ...items[0], split: 'holdout' } as unknown as DevItem;
    expect(() => trainOnDev([stray])).toThrow(/partie de développement/);
  });

  it('stays small enough for the extension’s pages', () => {
    expect(committedText.length).toBeLessThan(64 * 1024);
  });

  it('never proposes a refusal ground or admissibility the rules did not keep', () => {
    const blend = defaultBlend();
    const numbers = ['1', '2', '3', 'R6113-8-1 1°', 'R6113-8-1 2°', 'recevabilite'];
    const scores = new Map<string, KeywordScore>();
    blendModel(
      scores,
      'Fausse déclaration : le bulletin n° 3 manque et le référentiel est une reproduction littérale.',
      'RNCP',
      numbers,
      blend,
    );
    expect([...scores.keys()].every((n) => ['1', '2', '3'].includes(n))).toBe(true);
    const kept = new Map<string, KeywordScore>([
      ['recevabilite', { number: 'recevabilite', score: 2, terms: [] }],
    ]);
    blendModel(kept, 'Le bulletin n° 3 du dirigeant n’est pas joint au dossier.', 'RNCP', numbers, blend);
    expect(kept.get('recevabilite')?.score).toBeGreaterThan(2);
  });

  it('says nothing about a text it knows no word of', () => {
    const scores = new Map<string, KeywordScore>();
    blendModel(scores, 'Merci.', 'RNCP', ['1', '2'], defaultBlend());
    expect(scores.size).toBe(0);
    expect(compileModel(committed).repertoire('RS').classes).toContain('1 quinquies');
  });
});
