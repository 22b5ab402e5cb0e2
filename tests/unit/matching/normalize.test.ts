import { describe, expect, it } from 'vitest';
import {
  displayText,
  hasRequiredMarker,
  isMeaningful,
  normalizeFr,
  withoutHint,
} from '@/utils/matching/normalize';
import { stem, tokenize } from '@/utils/matching/tokens';

describe('normalizeFr', () => {
  it.each([
    ['Intitulé de la certification *', 'intitule de la certification'],
    ['Nom (obligatoire) :', 'nom'],
    ['Prénom\u00a0:\u00a0', 'prenom'],
    ['  Adresse   électronique\n\t ', 'adresse electronique'],
    ['Dénomination de l’entité', "denomination de l'entite"],
    ['Délégation « administrateur entité »', 'delegation administrateur entite'],
    ['“Titre” ‘court’', "titre 'court'"],
    ['N° SIRET', 'numero siret'],
    ['n ° de bloc', 'numero de bloc'],
    ['Nº de fiche', 'numero de fiche'],
    ['Critère 2° bis', 'critere 2 bis'],
    ['1er bloc, 1ère promotion, 1re année', '1 bloc, 1 promotion, 1 annee'],
    ['Mise en œuvre', 'mise en oeuvre'],
    ['Champ obligatoire : Téléphone', 'telephone'],
    ['Voie d’accès — Par expérience', "voie d'acces - par experience"],
    ['Durée (années)', 'duree (annees)'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeFr(raw)).toBe(expected);
  });

  it('rejects a label made only of punctuation or markers', () => {
    for (const raw of ['*', ' : ', '— –', '( )', '+*:-–()', '(obligatoire)'])
      expect(isMeaningful(normalizeFr(raw))).toBe(false);
    expect(isMeaningful(normalizeFr('Nom *'))).toBe(true);
  });

  it('removes hint text from a label', () => {
    const label = normalizeFr('Intitulé Texte court, 255 caractères maximum');
    expect(withoutHint(label, normalizeFr('Texte court, 255 caractères maximum'))).toBe('intitule');
  });

  it('keeps accents for display but drops markers and colons', () => {
    expect(displayText(' Intitulé  de la certification * : ')).toBe('Intitulé de la certification');
    expect(displayText('Nom (obligatoire)')).toBe('Nom');
  });

  it('sees required markers', () => {
    expect(hasRequiredMarker('Nom *')).toBe(true);
    expect(hasRequiredMarker('Nom (obligatoire)')).toBe(true);
    expect(hasRequiredMarker('Nom')).toBe(false);
  });
});

describe('tokenize', () => {
  it('drops stop words and filler, stems plurals and feminines', () => {
    expect(tokenize(normalizeFr('Veuillez saisir les compétences attestées'))).toEqual([
      'competenc',
      'attest',
    ]);
    expect(tokenize('autorisee')).toEqual(tokenize('autorise'));
    expect(tokenize('jurys')).toEqual(['jury']);
    expect(stem('activites')).toBe(stem('activite'));
  });

  it('glues criterion suffixes and canonical spellings', () => {
    expect(tokenize(normalizeFr('Critère 2° bis'))).toEqual([stem('critere'), '2bis']);
    expect(tokenize(normalizeFr('1° quinquies'))).toEqual(['1quinquies']);
    expect(tokenize(normalizeFr('Courriel'))).toEqual(tokenize(normalizeFr('E-mail')));
    expect(tokenize(normalizeFr('Libellé'))).toEqual(tokenize(normalizeFr('Intitulé')));
    expect(tokenize(normalizeFr('Pré-requis'))).toEqual(tokenize(normalizeFr('Prérequis')));
  });
});
