// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@/utils/catalogue';
import { scanRoot } from '@/utils/matching/scan';
import { evaluate, FIXTURES, loadPage, readFixture, truthElements } from './harness';

/**
 * Markups of the same fields written for these tests, each in another style: plain HTML with
 * wrapping labels and preceding text, ARIA-only, Angular-Material-like floating labels, table
 * layouts, shadow roots and a same-origin iframe, rich-text editors. Nothing here is tuned per
 * file: the repertoire is detected from the page, ids are generated-looking.
 */

const files = readdirSync(resolve(FIXTURES, 'markups')).filter((f) => f.endsWith('.html'));

describe('markups written for the tests', () => {
  it.each(files)('%s: every field found with its path, no decoy decided auto', (file) => {
    loadPage(readFixture(`markups/${file}`));
    const ev = evaluate(scanRoot(document));
    expect(ev.unseen).toEqual([]);
    expect(ev.falseAuto).toEqual([]);
    expect(ev.errors).toEqual([]);
    expect(ev.expected).toBeGreaterThan(0);
  });

  it('cover every catalogue field, with decoys', () => {
    const ids = new Set<string>();
    let decoys = 0;
    for (const file of files) {
      loadPage(readFixture(`markups/${file}`));
      for (const el of truthElements()) {
        const truth = el.getAttribute('data-truth') ?? '';
        if (truth === 'none') decoys++;
        else ids.add(truth.replace(/\[\d+\]/, '[]'));
      }
    }
    expect(CATALOGUE.map((f) => f.id).filter((id) => !ids.has(id))).toEqual([]);
    expect(decoys).toBeGreaterThanOrEqual(10);
  });
});
