import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCriterion } from '@/utils/criteria/criteria-for';
import { Letters } from '../../comments/corpus-schema';

const letters = Letters.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../comments/letters.json'), 'utf8')),
);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('letters corpus', () => {
  it('has letters and e-mails in both splits, both repertoires, unique ids', () => {
    expect(new Set(letters.map((l) => l.id)).size).toBe(letters.length);
    for (const split of ['dev', 'holdout'] as const) {
      const part = letters.filter((l) => l.split === split);
      expect(part.some((l) => l.kind === 'letter')).toBe(true);
      expect(part.some((l) => l.kind === 'email')).toBe(true);
      expect(part.some((l) => l.repertoire === 'RS')).toBe(true);
    }
    expect(letters.some((l) => l.deadline === null)).toBe(true);
  });

  it('labels remarks with criteria that exist for the letter’s repertoire and filing date', () => {
    for (const l of letters) {
      for (const r of l.remarks) {
        for (const n of r.expected) {
          expect(findCriterion(l.repertoire, n, l.filedOn), `${l.id} ${n}`).toBeDefined();
        }
      }
    }
  });

  it('accounts for every line: furniture, a heading or part of a remark', () => {
    for (const l of letters) {
      const ignored = new Set(l.ignored);
      const headings = new Set(l.remarks.flatMap((r) => (r.heading ? [r.heading] : [])));
      const body = squash(l.remarks.map((r) => r.text).join(' '));
      for (const line of lines(l.text)) {
        const known =
          ignored.has(line) ||
          headings.has(line.replace(/\s*:$/, '')) ||
          body.includes(squash(line.replace(/^(?:\d{1,2}[.)]|[a-h]\)|[-•*–])\s*/, '')));
        expect(known, `${l.id}: « ${line} »`).toBe(true);
      }
      for (const f of l.ignored) expect(lines(l.text), `${l.id}: « ${f} »`).toContain(f);
    }
  });
});
