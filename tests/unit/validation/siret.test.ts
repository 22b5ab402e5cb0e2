import { describe, expect, it } from 'vitest';
import { checkValue } from '@/utils/validation';
import { luhnValid, siretIssue } from '@/utils/validation/siret';

const codes = (v: string) => checkValue('compte.siret', v).map((p) => p.code);

describe('SIRET', () => {
  it('accepts valid SIRETs (Luhn key)', () => {
    expect(luhnValid('73282932000074')).toBe(true);
    expect(codes('73282932000074')).toEqual([]);
    expect(codes('40483304800022')).toEqual([]);
  });

  it('rejects a wrong key, one digit off', () => {
    expect(codes('73282932000075')).toEqual(['siret-key']);
    expect(checkValue('compte.siret', '73282932000075')[0]?.message).toBe(
      'La clé de contrôle du SIRET est incorrecte : vérifiez les chiffres saisis.',
    );
  });

  it('rejects swapped digits', () => {
    expect(codes('73282932000047')).toEqual(['siret-key']);
  });

  it('wants 14 digits: 13 and 15 fail with the count typed', () => {
    const short = checkValue('compte.siret', '7328293200007');
    expect(short.map((p) => p.code)).toEqual(['siret-length']);
    expect(short[0]?.message).toBe('Le SIRET doit comporter 14 chiffres (13 saisis).');
    expect(codes('732829320000740')).toEqual(['siret-length']);
  });

  it('reports letters', () => {
    expect(codes('7328293200007A')).toEqual(['siret-digits']);
  });

  it('warns about spaces in an otherwise valid SIRET', () => {
    const p = checkValue('compte.siret', '732 829 320 00074');
    expect(p.map((x) => [x.code, x.severity])).toEqual([['siret-spaces', 'warning']]);
    expect(p[0]?.message).toContain('73282932000074');
  });

  it('La Poste (SIREN 356000000): sum of digits multiple of 5, although Luhn fails', () => {
    expect(luhnValid('35600000049837')).toBe(false);
    expect(siretIssue('35600000049837')).toBeNull();
    expect(siretIssue('35600000000010')).toBeNull();
    expect(siretIssue('35600000000011')).toBe('key');
    // The siège passes Luhn.
    expect(siretIssue('35600000000048')).toBeNull();
  });

  it('applies to every SIRET field (certificateurs, partenaires)', () => {
    expect(checkValue('demande.certificateurs[].siret', '123').map((p) => p.code)).toEqual(['siret-length']);
    expect(checkValue('partenaires[].siret', '73282932000075').map((p) => p.code)).toEqual(['siret-key']);
  });
});
