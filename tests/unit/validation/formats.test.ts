import { describe, expect, it } from 'vitest';
import { checkValue } from '@/utils/validation';

const TODAY = new Date(2026, 3, 15);
const codes = (id: string, v: string | number | string[]) =>
  checkValue(id, v, { today: TODAY }).map((p) => p.code);

describe('code formats', () => {
  it('ROME: a letter A–N and 4 digits', () => {
    expect(codes('fiche.codesRome', ['K1403', 'A1101', 'N4105'])).toEqual([]);
    expect(codes('fiche.codesRome', ['O1234'])).toEqual(['format-rome']);
    expect(codes('fiche.codesRome', ['k1403'])).toEqual(['format-rome']);
    expect(codes('fiche.codesRome', ['K140'])).toEqual(['format-rome']);
    expect(codes('fiche.codesRome', ['K14033'])).toEqual(['format-rome']);
  });

  it('NSF: 3 digits and an optional lower-case letter', () => {
    expect(codes('fiche.codesNsf', ['326n', '200', '315p'])).toEqual([]);
    expect(codes('fiche.codesNsf', ['32'])).toEqual(['format-nsf']);
    expect(codes('fiche.codesNsf', ['326N'])).toEqual(['format-nsf']);
    expect(codes('fiche.codesNsf', ['326nn'])).toEqual(['format-nsf']);
  });

  it('Formacode: 5 digits', () => {
    expect(codes('fiche.formacodes', ['31006'])).toEqual([]);
    expect(codes('fiche.formacodes', ['3100'])).toEqual(['format-formacode']);
    expect(codes('fiche.formacodes', ['310066'])).toEqual(['format-formacode']);
  });

  it('bloc code: RNCP<n>BC<2 digits>', () => {
    expect(codes('fiche.blocs[].code', 'RNCP35185BC01')).toEqual([]);
    expect(codes('fiche.blocs[].code', 'RNCP35185BC1')).toEqual(['format-bloc']);
    expect(codes('fiche.blocs[].code', 'RS35185BC01')).toEqual(['format-bloc']);
    expect(codes('corresp[].blocsSource', ['RNCP35185BC01', 'BC2'])).toEqual(['format-bloc']);
    // The other certification's blocs always have their final code.
    expect(codes('corresp[].blocsDestination', ['BC02'])).toEqual(['format-bloc']);
  });

  it('RNCP / RS code', () => {
    expect(codes('demande.numeroFichePrecedente', 'RNCP35185')).toEqual([]);
    expect(codes('demande.numeroFichePrecedente', 'RS5678')).toEqual([]);
    expect(codes('demande.numeroFichePrecedente', 'RNCP12')).toEqual(['format-fiche']);
    expect(codes('corresp[].ficheDestination', 'rncp35185')).toEqual(['format-fiche']);
  });

  it('lists typed as text are split on commas and semicolons', () => {
    expect(codes('fiche.codesRome', 'K1403, M1805; A1101')).toEqual([]);
    expect(codes('fiche.codesRome', 'K1403, X1')).toEqual(['format-rome']);
  });
});

describe('how many codes', () => {
  const rome = (n: number) => Array.from({ length: n }, (_, i) => `K140${i}`);
  it('ROME: 5 fine, 6 too many', () => {
    expect(codes('fiche.codesRome', rome(4))).toEqual([]);
    expect(codes('fiche.codesRome', rome(5))).toEqual([]);
    const six = checkValue('fiche.codesRome', rome(6));
    expect(six.map((p) => p.code)).toEqual(['too-many']);
    expect(six[0]?.message).toBe('6 codes ROME saisis : 5 au maximum.');
  });

  it('NSF: 3 fine, 4 too many', () => {
    expect(codes('fiche.codesNsf', ['200', '201', '202'])).toEqual([]);
    expect(codes('fiche.codesNsf', ['200', '201', '202', '203'])).toEqual(['too-many']);
  });

  it('Formacode: 5 fine, 6 too many', () => {
    const f = (n: number) => Array.from({ length: n }, (_, i) => `3100${i}`);
    expect(codes('fiche.formacodes', f(5))).toEqual([]);
    expect(codes('fiche.formacodes', f(6))).toEqual(['too-many']);
  });

  it('warns about a code given twice', () => {
    const p = checkValue('fiche.codesRome', ['K1403', 'K1403']);
    expect(p.map((x) => [x.code, x.severity])).toEqual([['duplicate', 'warning']]);
  });
});

describe('other formats', () => {
  it('URL: http or https', () => {
    expect(codes('fiche.lienUrlDescription', 'https://www.exemple.fr/certif')).toEqual([]);
    expect(codes('demande.certificateurs[].siteInternet', 'http://exemple.fr')).toEqual([]);
    expect(codes('demande.certificateurs[].siteInternet', 'www.exemple.fr')).toEqual(['format-url']);
    expect(codes('demande.certificateurs[].siteInternet', 'ftp://exemple.fr')).toEqual(['format-url']);
    expect(codes('demande.certificateurs[].siteInternet', 'https://exemple')).toEqual(['format-url']);
    expect(codes('demande.certificateurs[].siteInternet', 'https://exemple.fr/a b')).toEqual(['format-url']);
  });

  it('e-mail', () => {
    expect(codes('compte.email', 'marie.dupont@exemple.fr')).toEqual([]);
    expect(codes('compte.email', 'marie.dupont@exemple')).toEqual(['format-email']);
    expect(codes('compte.email', 'marie dupont@exemple.fr')).toEqual(['format-email']);
    expect(codes('compte.email', '@exemple.fr')).toEqual(['format-email']);
  });

  it('phone: French formats', () => {
    for (const ok of [
      '01 22 33 44 55',
      '0122334455',
      '01.22.33.44.55',
      '06-12-34-56-78',
      '+33 1 22 33 44 55',
      '(+33) 1 22 33 44 55',
      '+33 (0)1 22 33 44 55',
      '0033122334455',
    ]) {
      expect(codes('compte.telephone', ok), ok).toEqual([]);
    }
    for (const bad of ['01 22 33 44', '00 22 33 44 55', '+33 01 22 33 44 55', 'téléphone', '1234567890']) {
      expect(codes('compte.telephone', bad), bad).toEqual(['format-phone']);
    }
  });

  it('year: 4 digits, from 1990 to this year', () => {
    expect(codes('promotions[].annee', 2026)).toEqual([]);
    expect(codes('promotions[].annee', '1990')).toEqual([]);
    expect(codes('promotions[].annee', 2027)).toEqual(['year-range']);
    expect(codes('promotions[].annee', 1989)).toEqual(['year-range']);
    expect(codes('promotions[].annee', '24')).toEqual(['format-year']);
  });

  it('percentage: 0 to 100, French decimals accepted', () => {
    for (const ok of [0, 100, '85,5', '85 %', 99.9])
      expect(codes('promotions[].tauxInsertionGlobal6mois', ok)).toEqual([]);
    expect(codes('promotions[].tauxInsertionGlobal6mois', 100.1)).toEqual(['percent-range']);
    expect(codes('promotions[].tauxInsertionMetier2ans', -1)).toEqual(['percent-range']);
    expect(codes('promotions[].tauxInsertionMetier6mois', 'beaucoup')).toEqual(['format-number']);
  });

  it('numbers of certified people: whole and not negative', () => {
    expect(codes('promotions[].nombreCertifies', 0)).toEqual([]);
    expect(codes('promotions[].nombreCertifies', '12')).toEqual([]);
    expect(codes('promotions[].nombreCertifies', -1)).toEqual(['number-negative']);
    expect(codes('promotions[].nombreCertifiesVae', 1.5)).toEqual(['number-integer']);
    expect(codes('promotions[].nombreCertifiesVae', 'douze')).toEqual(['format-number']);
  });

  it('registration length: 1 to 5 years', () => {
    expect(codes('demande.dureeSouhaitee', 5)).toEqual([]);
    expect(codes('demande.dureeSouhaitee', 6)).toEqual(['number-range']);
    expect(codes('demande.dureeSouhaitee', 0)).toEqual(['number-range']);
  });

  it('select values must be among the platform’s choices (warning)', () => {
    expect(codes('fiche.voiesAcces.vae.autorise', 'Autorisé')).toEqual([]);
    expect(codes('demande.niveauSouhaite', 'NIV6')).toEqual([]);
    expect(codes('demande.niveauSouhaite', 'Niveau 6')).toEqual([]);
    const p = checkValue('fiche.voiesAcces.vae.autorise', 'Peut-être');
    expect(p.map((x) => [x.code, x.severity])).toEqual([['enum-unknown', 'warning']]);
  });
});
