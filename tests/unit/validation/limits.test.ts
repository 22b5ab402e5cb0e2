import { describe, expect, it } from 'vitest';
import { effectiveLimit } from '@/utils/validation';

describe('effectiveLimit: the stricter limit and where it comes from', () => {
  it('has no limit when nobody states one', () => {
    expect(effectiveLimit('fiche.intitule')).toEqual({ limit: null, source: '' });
  });

  it('uses the catalogue default', () => {
    expect(effectiveLimit('compte.siret')).toEqual({ limit: 14, source: 'habituelle de la plateforme' });
  });

  it('prefers the page’s limit when it is stricter', () => {
    expect(effectiveLimit('fiche.intitule', 250, 300)).toEqual({
      limit: 250,
      source: 'indiquée par la page',
    });
  });

  it('keeps the remembered limit when the page now shows none or a looser one', () => {
    expect(effectiveLimit('fiche.intitule', null, 300)).toEqual({
      limit: 300,
      source: 'relevée précédemment sur la page',
    });
    expect(effectiveLimit('fiche.intitule', 400, 300).limit).toBe(300);
  });

  it('never loosens the catalogue default', () => {
    expect(effectiveLimit('compte.siret', 20, 30)).toEqual({
      limit: 14,
      source: 'habituelle de la plateforme',
    });
  });

  it('on a tie, names the page', () => {
    expect(effectiveLimit('compte.siret', 14, 14).source).toBe('indiquée par la page');
  });

  it('ignores zero, negative and non-finite limits', () => {
    expect(effectiveLimit('fiche.intitule', 0, Number.NaN)).toEqual({ limit: null, source: '' });
    expect(effectiveLimit('fiche.intitule', -5, null).limit).toBeNull();
  });
});
