// @vitest-environment node
/**
 * The held-out part of the comments corpus stays held out: no unit or end-to-end test may quote or closely
 * paraphrase one of its remarks (their word sequences would then tune the engine through the tests). Reports
 * the ids only, never the held-out texts. Word sequences a development item also has do not count: test
 * sentences are drawn from the development part.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '@/utils/comments/fold';
import { loadCorpus, loadLetters } from '../../comments/evaluate';

const ROOT = resolve(__dirname, '../..');
const SCANNED = ['unit', 'e2e', 'reconstruction'].map((d) => join(ROOT, d));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'artifacts' || name === 'node_modules' ? [] : files(path);
    return /\.(ts|tsx|mjs|js|json|html|txt)$/.test(name) ? [path] : [];
  });
}

const words = (text: string) =>
  foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const grams = (ws: readonly string[], n = 4) =>
  ws.slice(0, ws.length - n + 1).map((_, i) => ws.slice(i, i + n).join(' '));

describe('held-out part of the comments corpus', () => {
  it('is quoted or paraphrased by no test file (shared 4-word sequences under 40 % per remark)', () => {
    const held = [
      ...loadCorpus()
        .filter((c) => c.split === 'holdout')
        .map((c) => ({ id: c.id, text: c.text })),
      ...loadLetters()
        .filter((l) => l.split === 'holdout')
        .flatMap((l) => l.remarks.map((r, i) => ({ id: `${l.id}.${i + 1}`, text: r.text }))),
    ];
    expect(held.length).toBeGreaterThan(50);
    const dev = new Set([
      ...loadCorpus()
        .filter((c) => c.split === 'dev')
        .flatMap((c) => grams(words(c.text))),
      ...loadLetters()
        .filter((l) => l.split === 'dev')
        .flatMap((l) => grams(words(l.text))),
    ]);
    const texts = files(SCANNED[0] ?? '')
      .concat(...SCANNED.slice(1).map(files))
      .filter((f) => !f.endsWith('holdout-leakage.test.ts'))
      .map((f) => ({ f: f.slice(ROOT.length + 1), grams: new Set(grams(words(readFileSync(f, 'utf8')))) }));
    const leaks: string[] = [];
    for (const h of held) {
      const own = grams(words(h.text));
      const heldOnly = own.filter((g) => !dev.has(g));
      if (own.length < 3) continue;
      for (const t of texts) {
        const shared = heldOnly.filter((g) => t.grams.has(g)).length / own.length;
        if (shared >= 0.4) leaks.push(`${h.id} ≈ ${t.f} (${Math.round(shared * 100)} %)`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
