// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanRoot } from '@/utils/matching/scan';
import { evaluate, FIXTURES, loadPage, readFixture } from './harness';

/**
 * Markups written before the matcher was changed for them, and never edited since (issue 17):
 * the only figures here that say how the matcher does on markup it was not tuned against. Each
 * file's hash is recorded with the figures measured on the day it was frozen; a matcher change
 * may raise the figures, never lower them. A frozen file is never edited: write a new one.
 */

interface Frozen {
  sha256: string;
  /** Controls with a catalogue truth. */
  expected: number;
  /** Floor: decided `auto` with exactly the truth's path. */
  correct: number;
  /** Ceiling: `none` controls decided `auto`, and truths decided `auto` with a wrong path. */
  wrongAuto: number;
}

const DIR = 'markups-frozen';
const record: Record<string, Frozen> = JSON.parse(readFixture(`${DIR}/FROZEN.json`));
const files = readdirSync(resolve(FIXTURES, DIR)).filter((f) => f.endsWith('.html'));

function figures(file: string) {
  const html = readFixture(`${DIR}/${file}`);
  loadPage(html);
  const fields = scanRoot(document);
  const ev = evaluate(fields);
  const wrongPathAuto = fields.filter((f) => {
    const truth = f.element.getAttribute('data-truth');
    return truth && truth !== 'none' && f.decision === 'auto' && f.path !== truth;
  }).length;
  return {
    sha256: createHash('sha256').update(html).digest('hex'),
    expected: ev.expected,
    correct: ev.correct,
    wrongAuto: ev.falseAuto.length + wrongPathAuto,
    errors: ev.errors,
  };
}

describe('frozen markups (never tuned against)', () => {
  it('are all recorded, and none is recorded without its file', () => {
    expect(files.sort()).toEqual(Object.keys(record).sort());
  });

  it.each(files)('%s: unchanged since frozen, figures not lower than when frozen', (file) => {
    const got = figures(file);
    const frozen = record[file];
    expect(got.sha256, `${file} a été modifié : écrivez un nouveau balisage plutôt`).toBe(frozen?.sha256);
    expect(got.expected).toBe(frozen?.expected);
    expect(got.correct, got.errors.join('\n')).toBeGreaterThanOrEqual(frozen?.correct ?? Infinity);
    expect(got.wrongAuto).toBeLessThanOrEqual(frozen?.wrongAuto ?? -1);
  });
});
