import { describe, expect, it } from 'vitest';
import { checkValue } from '@/utils/validation';

const N = '\u202f';

describe('checkValue: length limits', () => {
  const at = (n: number, ch = 'a') => ch.repeat(n);
  it('limit − 1 and limit pass, limit + 1 fails', () => {
    expect(checkValue('fiche.intitule', at(2999), { limit: 3000 })).toEqual([]);
    expect(checkValue('fiche.intitule', at(3000), { limit: 3000 })).toEqual([]);
    const over = checkValue('fiche.intitule', at(3001), { limit: 3000 });
    expect(over.map((p) => [p.code, p.severity])).toEqual([['too-long', 'error']]);
    expect(over[0]?.message).toBe(`1 caractère en trop (limite : 3${N}000)`);
  });

  it('takes a count the caller has just taken (the page’s checks count once per keystroke)', () => {
    const text = `${'👩‍💻'.repeat(3)}`;
    expect(checkValue('fiche.intitule', text, { limit: 3, plainText: true, count: 3 })).toEqual([]);
    const over = checkValue('fiche.intitule', text, { limit: 3, plainText: true, count: 4 });
    expect(over[0]?.message).toBe(`1 caractère en trop (limite : 3)`);
  });

  it('names where the limit comes from', () => {
    const p = checkValue('fiche.intitule', at(3003), { limit: 3000, limitSource: 'indiquée par la page' });
    expect(p[0]?.message).toBe(`3 caractères en trop (limite : 3${N}000, indiquée par la page)`);
    expect(p[0]).toMatchObject({ path: 'fiche.intitule', fieldId: 'fiche.intitule' });
  });

  it('counts spaces and line breaks, CRLF once', () => {
    expect(checkValue('fiche.intitule', 'a b\nc', { limit: 5 })).toEqual([]);
    expect(checkValue('fiche.intitule', 'a b\r\nc', { limit: 5 })).toEqual([]);
    expect(checkValue('fiche.intitule', 'a b\r\ncd', { limit: 5 })).toHaveLength(1);
  });

  it('counts emoji and combining accents as a person does', () => {
    expect(checkValue('fiche.intitule', '👩‍💻👩‍💻', { limit: 2 })).toEqual([]);
    expect(checkValue('fiche.intitule', '👩‍💻👩‍💻👩‍💻', { limit: 2 })).toHaveLength(1);
    expect(checkValue('fiche.intitule', 'e\u0301e\u0301', { limit: 2 })).toEqual([]);
  });

  it('counts the plain text of rich-text fields, not their HTML', () => {
    const html = `<p>${at(10)}</p><p><strong>${at(9)}</strong></p>`; // 10 + line break + 9 = 20
    expect(checkValue('fiche.objectifsContexte', html, { limit: 20 })).toEqual([]);
    expect(checkValue('fiche.objectifsContexte', html, { limit: 19 }).map((p) => p.code)).toEqual([
      'too-long',
    ]);
    expect(checkValue('fiche.objectifsContexte', '<p>&eacute;t&eacute;</p>', { limit: 3 })).toEqual([]);
  });

  it('uses the catalogue default when no limit is given, none when null', () => {
    expect(checkValue('fiche.intitule', at(5000))).toEqual([]);
    expect(checkValue('compte.siret', '7328293200007412', { limit: null }).map((p) => p.code)).toEqual([
      'siret-length',
    ]);
  });

  it('does not add a length error on top of a format error', () => {
    expect(checkValue('compte.siret', '732829320000741').map((p) => p.code)).toEqual(['siret-length']);
  });

  it('uses the path given', () => {
    const p = checkValue('fiche.blocs[].libelle', at(11), { limit: 10, path: 'fiche.blocs[2].libelle' });
    expect(p[0]).toMatchObject({ path: 'fiche.blocs[2].libelle', fieldId: 'fiche.blocs[].libelle' });
  });
});

describe('checkValue: required', () => {
  it('an always-required field left empty or blank', () => {
    for (const v of [null, '', '   ', []]) {
      const p = checkValue('fiche.intitule', v);
      expect(p.map((x) => x.code)).toEqual(['required']);
      expect(p[0]?.message).toBe('Ce champ est obligatoire.');
    }
  });

  it('an empty rich text (<p><br></p>) is empty', () => {
    expect(checkValue('fiche.objectifsContexte', '<p><br></p>').map((p) => p.code)).toEqual(['required']);
  });

  it('optional fields may stay empty', () => {
    expect(checkValue('fiche.prerequisValidation', '')).toEqual([]);
    expect(checkValue('fiche.intitule', '', { required: false })).toEqual([]);
  });

  it('a conditional requirement says why', () => {
    const p = checkValue('demande.numeroFichePrecedente', null, {
      required: true,
      requiredBecause: 'la demande est un renouvellement',
    });
    expect(p[0]?.message).toBe('Ce champ est obligatoire car la demande est un renouvellement.');
  });

  it('the page’s own required marker counts (required: true)', () => {
    expect(checkValue('fiche.prerequisValidation', '', { required: true }).map((p) => p.code)).toEqual([
      'required',
    ]);
  });

  it('numbers: 0 is a value', () => {
    expect(checkValue('promotions[].nombreCertifies', 0)).toEqual([]);
  });

  it('unknown field ids still get length and required checks', () => {
    expect(checkValue('inconnu', 'abc', { limit: 2 }).map((p) => p.code)).toEqual(['too-long']);
    expect(checkValue('inconnu', '', { required: true }).map((p) => p.code)).toEqual(['required']);
    expect(checkValue('inconnu', '')).toEqual([]);
  });
});
