import { describe, expect, it } from 'vitest';
import { CRITERIA_DATA } from '@/utils/criteria/criteria.data';
import { allCriteria, criteriaFor, findCriterion } from '@/utils/criteria/criteria-for';
import { isNewRules, parseFilingDate } from '@/utils/criteria/filing-date';
import { criterionLabel, numberLabel } from '@/utils/criteria/labels';
import { CriteriaDataSchema } from '@/utils/criteria/schema';
import { type DomainCriterion, readDomain } from './domain';

const numbers = (rep: 'RNCP' | 'RS', date?: string) => criteriaFor(rep, date).map((c) => c.number);

describe('criteria data', () => {
  it('matches the zod schema', () => {
    expect(() => CriteriaDataSchema.parse(CRITERIA_DATA)).not.toThrow();
  });

  it('is fc-criteria.json without the source strings', () => {
    const domain = readDomain<DomainCriterion[]>('fc-criteria.json').map(
      ({ source: _source, ...rest }) => rest,
    );
    expect(JSON.parse(JSON.stringify(allCriteria()))).toEqual(domain);
    expect(JSON.stringify(CRITERIA_DATA)).not.toContain('"source"');
  });
});

describe('criteriaFor', () => {
  it('gives the new RNCP items to requests filed from 1 October 2025', () => {
    expect(numbers('RNCP', '2025-10-01')).toEqual(
      expect.arrayContaining(['1', '2', '2 bis', '2 ter', '3', '9', 'R6113-8-1 2°', 'recevabilite']),
    );
    expect(numbers('RNCP', '2025-09-30')).not.toContain('2 bis');
    expect(numbers('RNCP', '2025-09-30')).not.toContain('R6113-8-1 1°');
    expect(numbers('RNCP', '2025-09-30')).toContain('recevabilite');
  });

  it('gives RS 1° bis … 1° quinquies only under the new rules, and no RNCP item to RS', () => {
    const rs = numbers('RS', '2026-01-05');
    expect(rs).toEqual(expect.arrayContaining(['1', '1 bis', '1 ter', '1 quater', '1 quinquies', '2', '6']));
    expect(rs).not.toContain('7');
    expect(numbers('RS', '2024-06-01')).not.toContain('1 bis');
  });

  it('shows the previous wording before 1 October 2025 and the current one after', () => {
    const old = findCriterion('RNCP', '1', '2024-03-01');
    const current = findCriterion('RNCP', '1', '2025-11-01');
    expect(old?.wordingVersion).toBe('previous');
    expect(old?.wording).toContain('au moins deux promotions');
    expect(old?.wording).not.toContain('(version 2021');
    expect(current?.wording).toContain('retenues dans les conditions mentionnées au II');
    expect(findCriterion('RNCP', '5', '2024-03-01')?.wordingVersion).toBe('current');
  });

  it('assumes today’s rules without a date', () => {
    expect(isNewRules()).toBe(true);
    expect(numbers('RNCP')).toContain('2 ter');
  });

  it('rejects bad dates and repertoires with French messages', () => {
    expect(() => parseFilingDate('2025-02-30')).toThrow(/Date de dépôt invalide/);
    expect(() => criteriaFor('RNCP', '01/10/2025')).toThrow(/AAAA-MM-JJ/);
    expect(() => criteriaFor('XYZ' as 'RS')).toThrow(/Répertoire inconnu/);
  });

  it('labels numbers in French', () => {
    expect(numberLabel('2 bis')).toBe('2° bis');
    expect(numberLabel('R6113-8-1 2°')).toBe('R. 6113-8-1, 2°');
    expect(criterionLabel('RS', '1 quinquies')).toBe('Critère 1° quinquies (RS)');
    expect(criterionLabel('both', 'recevabilite')).toBe('Recevabilité');
  });
});
