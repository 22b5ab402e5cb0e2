import { describe, expect, it } from 'vitest';
import { evaluateReadiness } from '@/utils/readiness/evaluate';
import { ON, sample } from './fixtures';

/** Findings of a sample, as `criterion: check ids` lines: what the sample really lacks on 1 December 2026. */
function summary(name: 'rncp' | 'rs') {
  const report = evaluateReadiness(sample(name), { on: ON });
  return Object.fromEntries(
    report.criteria.map((c) => [c.criterion, [c.status, ...c.findings.map((f) => f.checkId)]]),
  );
}

describe('sample dossiers', () => {
  it('RNCP (renewal of a level-5 network technician title): only the missing evidence is reported', () => {
    expect(summary('rncp')).toEqual({
      recevabilite: ['pret'],
      // 2024 and 2025 are entered; the period of R. 6113-9 II is 2026 and 2025.
      '1': ['a-completer', 'promotions-periode'],
      '2': ['pret'],
      // CVs and platforms are « joints » in the text, not attached; the two training partners' means are not described.
      '2 bis': ['a-completer', 'moyens', 'moyens'],
      // The programme ↔ référentiel table is « joint » in the text, not attached.
      '2 ter': ['a-completer', 'programme-referentiel'],
      // Nothing on exam adjustments for disabled candidates.
      '3': ['a-completer', 'amenagements-handicap'],
      // Control procedure, model agreement and cahier des charges (note of 28 February 2020) not attached.
      '4': ['a-completer', 'procedure-controle', 'reseau-partenaires', 'reseau-partenaires'],
      '5': ['pret'],
      // No description of the VAE scheme (C6, C7).
      '6': ['a-completer', 'vae-dispositif'],
      '7': ['pret'],
      // The correspondence with RNCP35000 has no comparison table.
      '8': ['a-completer', 'correspondances'],
      // The CPNE's favourable opinion is claimed, not attached.
      '9': ['a-completer', 'cpne'],
    });
  });

  it('RS (IRVE, first request): only the missing evidence is reported', () => {
    expect(summary('rs')).toEqual({
      recevabilite: ['pret'],
      '1': ['pret'],
      // One year (2025) in the period, but 3 years are asked: nothing to add.
      '1 bis': ['pret'],
      '1 ter': ['pret'],
      '1 quater': ['a-completer', 'moyens', 'moyens'],
      '1 quinquies': ['a-completer', 'programme-referentiel'],
      // Digital transition absent from the référentiel; no exam adjustments for disabled candidates.
      '2': ['a-completer', 'transitions', 'amenagements-handicap'],
      '3': ['a-completer', 'procedure-controle', 'reseau-partenaires', 'reseau-partenaires'],
      '4': ['pret'],
      '5': ['pret'],
      // IDCC 1597 / 1596 are named; « Sans objet » without saying why the CPNE was not associated.
      '6': ['a-completer', 'cpne'],
    });
  });

  it('nothing in either sample is blocking on 1 December 2026', () => {
    for (const name of ['rncp', 'rs'] as const)
      expect(
        evaluateReadiness(sample(name), { on: ON }).criteria.filter((c) => c.status === 'bloquant'),
      ).toEqual([]);
  });
});
