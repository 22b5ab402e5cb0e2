// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRepertoire } from '@/utils/matching/page-context';
import { scanRoot } from '@/utils/matching/scan';
import { evaluate, FIXTURES, loadPage, readFixture } from './harness';

/**
 * Saved pages of the Certif Pro reconstruction: every control with a truth is recognised with
 * exactly that path, decided `auto`; a `none` control is never `auto`. The repertoire is detected
 * from the page, not given.
 */

interface PageEntry {
  file: string;
  path: string;
  repertoire: 'RNCP' | 'RS' | 'both' | null;
}

const INDEX = resolve(FIXTURES, 'pages/index.json');
const pages: PageEntry[] = existsSync(INDEX) ? JSON.parse(readFixture('pages/index.json')) : [];

describe.skipIf(!pages.length)('saved Certif Pro pages', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    loadPage(readFixture(`pages/${page.file}`));
    if (page.repertoire === 'RNCP' || page.repertoire === 'RS')
      expect(detectRepertoire(document)).toBe(page.repertoire);
    const fields = scanRoot(document, {
      location: { host: 'certifpro.francecompetences.fr', pathname: page.path },
    });
    const ev = evaluate(fields);
    expect(ev.unseen).toEqual([]);
    expect(ev.falseAuto).toEqual([]);
    expect(ev.errors).toEqual([]);
    expect(ev.correct).toBe(ev.expected);
  });
});
