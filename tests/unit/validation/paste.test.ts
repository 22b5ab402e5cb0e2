import { describe, expect, it } from 'vitest';
import { checkValue } from '@/utils/validation';
import { normaliseBlocCode, provisionalBlocCode } from '@/utils/validation/bloc-codes';
import {
  normalisePaste,
  pastedCodes,
  pastedFicheNumber,
  pastedNumber,
  pastedSiret,
} from '@/utils/validation/paste';

describe('normalisation on paste', () => {
  it('SIRET from a Kbis, with spaces, dots, dashes, non-breaking spaces or a label', () => {
    for (const raw of [
      '732 829 320 00074',
      '732.829.320.00074',
      '732-829-320-00074',
      '732\u00a0829\u00a0320\u202f00074',
      ' SIRET : 732 829 320 00074 ',
      'N° SIRET 73282932000074',
    ])
      expect(pastedSiret(raw), raw).toEqual({
        text: '73282932000074',
        note: 'SIRET collé sans ses espaces ni séparateurs.',
      });
    expect(checkValue('compte.siret', pastedSiret('732 829 320 00074').text)).toEqual([]);
  });

  it('a SIRET paste that is not one is left as it is', () => {
    expect(pastedSiret('73282932000074')).toEqual({ text: '73282932000074', note: null });
    expect(pastedSiret('732 829 320')).toEqual({ text: '732 829 320', note: null }); // a SIREN: 9 digits
    expect(pastedSiret('RCS Paris 732 829 320 00074').note).toBeNull();
  });

  it('fiche numbers: « RNCP 35185 », « rncp n° 35185 », a fiche address', () => {
    expect(pastedFicheNumber('RNCP 35185').text).toBe('RNCP35185');
    expect(pastedFicheNumber('rncp n° 35185').text).toBe('RNCP35185');
    expect(pastedFicheNumber('RS 5678').text).toBe('RS5678');
    expect(pastedFicheNumber('https://www.francecompetences.fr/recherche/rncp/35185/').text).toBe(
      'RNCP35185',
    );
    expect(pastedFicheNumber('RNCP35185')).toEqual({ text: 'RNCP35185', note: null });
    expect(pastedFicheNumber('pas un numéro')).toEqual({ text: 'pas un numéro', note: null });
  });

  it('code lists read each code by its format, labels and bullets dropped', () => {
    expect(
      pastedCodes(
        'M1805 - Études et développement informatique\nH1206 — Management et ingénierie études\n• m1805',
        'codeROME',
      ),
    ).toEqual({
      text: expect.any(String),
      codes: ['M1805', 'H1206'],
      note: '2 codes ROME lus dans le texte collé.',
    });
    expect(pastedCodes('326n : Informatique, traitement de l’information ; 326 T', 'codeNSF').codes).toEqual([
      '326n',
      '326t',
    ]);
    expect(pastedCodes('31006 Sécurité informatique, 31054 Réseau', 'codeFormacode').codes).toEqual([
      '31006',
      '31054',
    ]);
    expect(pastedCodes('RNCP35185 - BC1, rncp35185bc02', 'codeBloc').codes).toEqual([
      'RNCP35185BC01',
      'RNCP35185BC02',
    ]);
    // Already a plain list: nothing to say.
    expect(pastedCodes('K1403, A1101', 'codeROME')).toMatchObject({ codes: ['K1403', 'A1101'], note: null });
    // No code of the format in it: split as typed, the checks then say what is wrong.
    expect(pastedCodes('abc def', 'codeROME')).toMatchObject({ codes: ['abc', 'def'], note: null });
  });

  it('numbers: spaces, non-breaking spaces and a percent sign go; French decimals stay', () => {
    expect(pastedNumber('1 234')).toEqual({ text: '1234', note: 'Nombre collé sans espaces ni symbole.' });
    expect(pastedNumber('87 %').text).toBe('87');
    expect(pastedNumber('87\u202f%').text).toBe('87');
    expect(pastedNumber('12,5')).toEqual({ text: '12,5', note: null });
    expect(pastedNumber('environ 12')).toEqual({ text: 'environ 12', note: null });
  });

  it('normalisePaste dispatches by the field’s kind and format; free text is never touched', () => {
    expect(normalisePaste({ kind: 'text', enumRef: 'siret' }, '732 829 320 00074').text).toBe(
      '73282932000074',
    );
    expect(normalisePaste({ kind: 'text', enumRef: 'codeBloc' }, 'bc 3').text).toBe('BC03');
    expect(normalisePaste({ kind: 'number', enumRef: null }, '38 ').text).toBe('38');
    expect(normalisePaste({ kind: 'text', enumRef: null }, ' 732 829 320 00074 ')).toEqual({
      text: ' 732 829 320 00074 ',
      note: null,
    });
    expect(normalisePaste({ kind: 'textarea', enumRef: null }, '1 234').note).toBeNull();
  });
});

describe('bloc codes: final and provisional', () => {
  it('normalises the ways a bloc code is written', () => {
    expect(normaliseBlocCode('rncp 35185 - bc 1')).toBe('RNCP35185BC01');
    expect(normaliseBlocCode('RNCP35185BC01')).toBe('RNCP35185BC01');
    expect(normaliseBlocCode('bc1')).toBe('BC01');
    expect(normaliseBlocCode('Bloc 1')).toBe('Bloc 1');
    expect(provisionalBlocCode(0)).toBe('BC01');
    expect(provisionalBlocCode(11)).toBe('BC12');
  });

  it('a first request’s provisional codes are accepted; a renewal is warned; a bad code says both forms', () => {
    const check = (v: string, requestKind?: 'premiere' | 'renouvellement') =>
      checkValue('fiche.blocs[].code', v, { requestKind }).map((p) => [p.code, p.severity]);
    expect(check('BC01', 'premiere')).toEqual([]);
    expect(check('RNCP35185BC01', 'premiere')).toEqual([]);
    expect(check('BC01', 'renouvellement')).toEqual([['bloc-provisional', 'warning']]);
    expect(check('BC01')).toEqual([]); // a platform page: the request kind is not known
    expect(check('BC1', 'premiere')).toEqual([['format-bloc', 'error']]);
    expect(checkValue('fiche.blocs[].code', 'B01', { requestKind: 'premiere' })[0]?.message).toBe(
      'Code de bloc invalide : « B01 ». Format attendu : RNCP, le numéro de la fiche, BC et 2 chiffres (ex. RNCP35185BC01), ou pour une première demande un code provisoire (BC01, BC02…).',
    );
  });
});
