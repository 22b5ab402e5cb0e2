import { describe, expect, it } from 'vitest';
import { fieldsFor, GROUPS, getField } from '@/utils/catalogue';
import { criteriaFor } from '@/utils/criteria';
import { namesOutsideProfessional } from '@/utils/readiness/checks/jury';
import { datedDocumentFindings } from '@/utils/readiness/dated';
import { evaluateReadiness, statusOf } from '@/utils/readiness/evaluate';
import { READINESS_CHECKS } from '@/utils/readiness/registry';
import { sentenceCount, visibleTextOf, wordCount } from '@/utils/readiness/text';
import { frenchSpacing } from '@/utils/readiness/typography';
import { ON, piece, readyRncp, readyRs, sample, withValues } from './fixtures';

const B3 = { le: 'le bulletin n° 3', du: 'du bulletin n° 3' };

describe('readiness engine', () => {
  it('derives a criterion’s status from its findings', () => {
    expect(statusOf([])).toBe('pret');
    expect(statusOf([{ severity: 'a-completer' }])).toBe('a-completer');
    expect(statusOf([{ severity: 'a-completer' }, { severity: 'bloquant' }])).toBe('bloquant');
  });

  it('lists recevabilité first, then the repertoire’s criteria in the wording in force at the filing date', () => {
    const now = evaluateReadiness(sample('rncp'), { on: ON });
    expect(now.criteria.map((c) => c.criterion)).toEqual([
      'recevabilite',
      '1',
      '2',
      '2 bis',
      '2 ter',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(now.newRules).toBe(true);
    const before = evaluateReadiness(sample('rncp'), { on: '2025-09-30' });
    expect(before.criteria.map((c) => c.criterion)).toEqual([
      'recevabilite',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(before.criteria.find((c) => c.criterion === '1')?.wording).toMatch(/au moins deux promotions/);
    const rs = evaluateReadiness(sample('rs'), { on: '2025-10-01' });
    expect(rs.criteria.map((c) => c.criterion)).toEqual([
      'recevabilite',
      '1',
      '1 bis',
      '1 ter',
      '1 quater',
      '1 quinquies',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
  });

  it('writes criterion numbers as fc-criteria.json does', () => {
    for (const rep of ['RNCP', 'RS'] as const) {
      const known = new Set(criteriaFor(rep, ON).map((c) => c.number));
      for (const c of evaluateReadiness(rep === 'RNCP' ? sample('rncp') : sample('rs'), { on: ON }).criteria)
        expect(known.has(c.criterion)).toBe(true);
    }
  });

  it('leaves out criteria 1° to 2° ter for the procedure of métiers en émergence (R. 6113-10)', () => {
    const d = withValues(readyRncp(), {
      'demande.procedure': 'Métiers particulièrement en évolution ou en émergence (R. 6113-10)',
    });
    const report = evaluateReadiness(d, { on: ON });
    expect(report.criteria.map((c) => c.criterion)).toEqual([
      'recevabilite',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(report.notApplicable.map((n) => n.criterion)).toEqual(['1', '2', '2 bis', '2 ter']);
  });

  it('uses the dossier’s planned filing date when no date is given', () => {
    const d = { ...sample('rs'), filedOn: '2025-07-01' };
    expect(evaluateReadiness(d).filingDate).toBe('2025-07-01');
    expect(evaluateReadiness(d).newRules).toBe(false);
    expect(evaluateReadiness(d, { on: ON }).filingDate).toBe(ON);
  });

  it('measures substance on the visible text of formatted values (exchange format 2)', () => {
    const html = '<p><strong>Les blocs</strong> sont</p><ul><li>cohérents&nbsp;;</li><li>évalués.</li></ul>';
    expect(visibleTextOf(html)).toBe('Les blocs sont\ncohérents\u00a0;\névalués.');
    expect(wordCount(visibleTextOf(html))).toBe(5);
    const d = withValues(readyRncp(), { 'rncp.critere7.argumentaire': html });
    const seven = evaluateReadiness(d, { on: ON }).criteria.find((c) => c.criterion === '7');
    expect(seven?.findings.map((f) => f.message)).toEqual([expect.stringMatching(/tient en 5 mots/)]);
    const long = `<p>${'Chaque bloc correspond à une activité du référentiel et se valide séparément. '.repeat(3)}</p>`;
    const ok = evaluateReadiness(withValues(readyRncp(), { 'rncp.critere7.argumentaire': long }), { on: ON });
    expect(ok.criteria.find((c) => c.criterion === '7')?.status).toBe('pret');
    expect(sentenceCount(visibleTextOf(long))).toBe(3);
  });

  it('applies the 3-month rule at the filing date, to the day', () => {
    const doc = piece('pieces.bulletinN3', 'b3.pdf', '2026-09-01');
    expect(datedDocumentFindings(doc, B3, '2026-12-01')).toEqual([]);
    expect(datedDocumentFindings(doc, B3, '2026-12-02')).toEqual([
      expect.objectContaining({ severity: 'bloquant', paths: ['pieces.bulletinN3'] }),
    ]);
    expect(datedDocumentFindings(doc, B3, '2026-08-31')[0]?.message).toMatch(
      /postérieure à la date de dépôt/,
    );
  });

  it('accepts one valid copy among several of a dated document', () => {
    const d = {
      ...readyRs(),
      attachments: [...readyRs().attachments, piece('pieces.bulletinN3', 'ancien-b3.pdf', '2025-01-10')],
    };
    expect(evaluateReadiness(d, { on: ON }).criteria[0]?.status).toBe('pret');
  });

  it('gives every finding its sources and points at real fields', () => {
    const ids = new Set([...fieldsFor('RNCP'), ...fieldsFor('RS')].map((f) => f.id));
    for (const d of [sample('rncp'), sample('rs')])
      for (const c of evaluateReadiness(d, { on: ON }).criteria)
        for (const f of c.findings) {
          expect(f.sources.length).toBeGreaterThan(0);
          for (const p of f.paths) expect(ids.has(p.replace(/\[\d+\]/, '[]')), p).toBe(true);
        }
  });
});

describe('readiness registry', () => {
  it('has unique ids, a French title, sources, and criteria that exist for their repertoire', () => {
    const ids = READINESS_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const groups = new Set(GROUPS.map((g) => g.id));
    for (const check of READINESS_CHECKS) {
      expect(check.title).toMatch(/^[A-ZÀ-Ý]/);
      expect(check.sources.length).toBeGreaterThan(0);
      for (const rep of ['RNCP', 'RS'] as const) {
        const known = new Set(criteriaFor(rep, ON).map((c) => c.number));
        for (const n of check.criteria[rep] ?? [])
          expect(known.has(n), `${check.id}: ${rep} ${n}`).toBe(true);
      }
      for (const id of check.fields)
        expect(getField(id) !== undefined || groups.has(id as never), `${check.id}: ${id}`).toBe(true);
    }
  });

  it('gives every criterion of both repertoires at least one check', () => {
    for (const rep of ['RNCP', 'RS'] as const)
      for (const c of criteriaFor(rep, ON).filter(
        (x) => x.kind === 'criterion' || x.kind === 'admissibility',
      ))
        expect(
          READINESS_CHECKS.some((k) => k.criteria[rep]?.includes(c.number)),
          `${rep} ${c.number}`,
        ).toBe(true);
  });
});

describe('French typography of the messages', () => {
  it('puts a no-break space before « : ; ? ! » and inside quotes, in every finding and check title', () => {
    for (const d of [sample('rncp'), sample('rs')])
      for (const c of evaluateReadiness(d, { on: ON }).criteria) {
        for (const text of [...c.findings.map((f) => f.message), ...c.checks.map((k) => k.title)]) {
          expect(text, text).not.toMatch(/ [:;?!»]|« /);
        }
      }
    expect(frenchSpacing('Joignez-le : « ici » ; vraiment ? oui !')).toBe(
      'Joignez-le\u00a0: «\u00a0ici\u00a0»\u00a0; vraiment\u00a0? oui\u00a0!',
    );
    expect(frenchSpacing('https://exemple.fr:8080 à 10:30')).toBe('https://exemple.fr:8080 à 10:30');
  });
});

describe('substance heuristics on real wordings (open-data fiches)', () => {
  it('reads juries of employers’ and employees’ representatives or « professionnels du secteur » as outside professionals', () => {
    expect(
      namesOutsideProfessional(
        '1 docteur vétérinaire représentant le collège employeur et président du jury\n1 auxiliaire spécialisé vétérinaire représentant le collège salarié\n1 expert formateur représentant l’organisme certificateur',
      ),
    ).toBe(true);
    expect(
      namesOutsideProfessional('2 membres de la direction de l’école\n2 membres professionnels du secteur'),
    ).toBe(true);
    expect(
      namesOutsideProfessional(
        'Le jury est composé de deux membres dont un représentant du monde économique',
      ),
    ).toBe(true);
    expect(
      namesOutsideProfessional('- un évaluateur agréé (Assessor), externe à la structure de Cambridge'),
    ).toBe(true);
    expect(namesOutsideProfessional('Le responsable pédagogique et deux formateurs de l’organisme.')).toBe(
      false,
    );
  });

  it('does not take a verb for a job title in a bloc’s title', () => {
    const d = readyRncp();
    const blocs = (d.groups['fiche.blocs'] ?? []).map((b, i) =>
      i === 0 ? { ...b, libelle: 'Conseiller la clientèle du vétérinaire' } : b,
    );
    const report = evaluateReadiness({ ...d, groups: { ...d.groups, 'fiche.blocs': blocs } }, { on: ON });
    expect(report.criteria.find((c) => c.criterion === '7')?.status).toBe('pret');
  });
});
