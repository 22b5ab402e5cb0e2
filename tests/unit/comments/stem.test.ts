import { describe, expect, it } from 'vitest';
import { contentStems } from '@/utils/comments/tokens';

const same = (a: string, b: string) => expect(contentStems(a)).toEqual(contentStems(b));

describe('French stems of the comment engine', () => {
  it.each([
    ['professionnelle', 'professionnel'],
    ['présentent', 'présente'],
    ['précisent', 'précise'],
    ['équivalents', 'équivalence'],
    ['cohérentes', 'cohérence'],
    ['validant', 'validation'],
    ['encadrants', 'encadrement'],
    ['contrôlez', 'contrôlés'],
    ['audits', 'audit'],
    ['visites', 'visite'],
  ])('« %s » and « %s » share a stem', same);

  it.each([
    ['document', 'doc'],
    ['formateurs', 'format'],
    ['moment', 'mot'],
  ])('« %s » keeps its own stem (not « %s »)', (a, b) => {
    expect(contentStems(a)).not.toEqual(contentStems(b));
  });
});
