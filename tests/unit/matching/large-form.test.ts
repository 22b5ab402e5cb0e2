// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { scanRoot } from '@/utils/matching/scan';
import { largeFormHtml } from './large-form';

/** Correctness only: timing belongs to the benchmark (scripts/bench), not to unit tests. */
it('recognises every control of a 2 000-field form, blocs indexed by structure', () => {
  const { html, expected } = largeFormHtml(2000);
  document.body.innerHTML = html;
  const fields = scanRoot(document);
  expect(fields).toHaveLength(2000);
  const wrong: string[] = [];
  fields.forEach((f, i) => {
    const want = expected[i];
    const ok = want === 'none' ? f.decision !== 'auto' : f.decision === 'auto' && f.path === want;
    if (!ok) wrong.push(`${i}: ${want} → ${f.path} (${f.decision})`);
  });
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(fields.filter((f) => f.pageRequired)).toHaveLength(2000);
  expect(fields[0]?.pageLimit?.limit).toBe(3000);
});
