import { describe, expect, it } from 'vitest';
import { evaluateReadiness } from '@/utils/readiness/evaluate';
import { attachRemarks, type Remark } from '@/utils/readiness/remarks';
import { ON, readyRncp, sample } from './fixtures';

const remark = (id: string, criterion: string | null, status: Remark['status'] = 'a_traiter'): Remark => ({
  id,
  text: `Remarque ${id} : précisez la composition du jury VAE.`,
  criterion,
  status,
  fields: ['fiche.voiesAcces.vae.compositionJury'],
});

describe('instructor remarks under their criterion', () => {
  it('puts each remark under its criterion; an open one keeps a ready criterion from « prêt »', () => {
    const report = attachRemarks(evaluateReadiness(readyRncp(), { on: ON }), [
      remark('a', '6'),
      remark('b', '6', 'corrige'),
      remark('c', '7', 'corrige'),
    ]);
    const six = report.criteria.find((c) => c.criterion === '6');
    expect(six?.remarks.map((r) => r.id)).toEqual(['a', 'b']);
    expect(six?.openRemarks).toBe(1);
    expect(six?.status).toBe('pret');
    expect(six?.shownStatus).toBe('a-completer');
    const seven = report.criteria.find((c) => c.criterion === '7');
    expect(seven?.shownStatus).toBe('pret');
  });

  it('places remarks on R. 6113-9 II and the refusal grounds where they weigh; others are left unplaced', () => {
    const report = attachRemarks(evaluateReadiness(sample('rncp'), { on: ON }), [
      remark('ii', 'II'),
      remark('copie', 'R6113-8-1 2°'),
      remark('com', 'R6113-8-1 3°'),
      remark('none', null),
      remark('old', '2 bis'),
    ]);
    const at = (n: string) => report.criteria.find((c) => c.criterion === n)?.remarks.map((r) => r.id);
    expect(at('1')).toEqual(['ii']);
    expect(at('3')).toEqual(['copie']);
    expect(at('recevabilite')).toEqual(['com']);
    expect(at('2 bis')).toEqual(['old']);
    expect(report.unplaced.map((r) => r.id)).toEqual(['none']);
    const before = attachRemarks(evaluateReadiness(sample('rncp'), { on: '2025-06-01' }), [
      remark('old', '2 bis'),
    ]);
    expect(before.unplaced.map((r) => r.id)).toEqual(['old']);
  });
});
