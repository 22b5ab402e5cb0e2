import { describe, expect, it } from 'vitest';
import { evaluateReadiness } from '@/utils/readiness/evaluate';
import { importAll, SAMPLES, sampleBytes } from '../fiche/helpers';
import { ON } from './fixtures';

/** Checks that judge the published wording itself (their « à compléter » findings; an empty field blocks instead). */
const WORDING_CHECKS = [
  'jury-professionnels',
  'ecriture-competences',
  'blocs-intitules',
  'evaluation-observable',
];

/**
 * Six real fiches of the open-data export, imported as renewals: their published wording passed France
 * compétences' instruction, so the wording checks must not call it faulty — except where the fiche really
 * repeats itself (RNCP37488: bloc 2 titled like the certification and evaluated with bloc 1's very text).
 */
describe.each(SAMPLES)('readiness of the real fiches of %s', (sample) => {
  it('raises no false alarm on juries, compétences, bloc titles and evaluations', async () => {
    const imports = await importAll(sampleBytes(sample));
    const found = imports.flatMap(({ dossier }) =>
      evaluateReadiness(dossier, { on: ON }).criteria.flatMap((c) =>
        c.findings
          .filter((f) => WORDING_CHECKS.includes(f.checkId) && f.severity === 'a-completer')
          .map((f) => `${dossier.previousCode} ${f.checkId}: ${f.message}`),
      ),
    );
    expect(found).toEqual(
      sample.includes('rncp')
        ? [
            expect.stringMatching(
              /^RNCP37488 blocs-intitules: .*«\sCybersécurité\s».* reprend celui de la certification/,
            ),
          ]
        : [],
    );
  });

  it('still reports what a renewal built from a fiche lacks: argumentaires and pieces', async () => {
    const imports = await importAll(sampleBytes(sample));
    for (const { dossier } of imports) {
      const report = evaluateReadiness(dossier, { on: ON });
      expect(report.criteria.find((c) => c.criterion === 'recevabilite')?.status).toBe('bloquant');
      const checks = report.criteria.flatMap((c) => c.findings.map((f) => f.checkId));
      expect(checks).toContain('argumentaire');
      expect(checks).toContain('referentiel-joint');
    }
  });
});
