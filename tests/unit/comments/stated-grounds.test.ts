import { describe, expect, it } from 'vitest';
import { linkItem } from '@/utils/comments/link';
import { statesGround } from '@/utils/comments/stated-grounds';

const RNCP_NEW = { repertoire: 'RNCP', filedOn: '2025-11-17' } as const;
const RS_NEW = { repertoire: 'RS', filedOn: '2025-11-17' } as const;
const proposed = (text: string, options: typeof RNCP_NEW | typeof RS_NEW = RNCP_NEW) => {
  const l = linkItem(text, options);
  return [l.criterion?.number, l.runnerUp?.number];
};

describe('refusal grounds and admissibility are proposed only when the remark states them', () => {
  it.each([
    'Les résultats d’insertion des promotions 2023 et 2024 ne sont pas fournis.',
    'Le tableau des promotions est incomplet : les effectifs 2024 manquent.',
    'Le taux de réponse à l’enquête n’est pas indiqué.',
    'Les données relatives aux promotions ne portent que sur l’année 2025.',
  ])('missing or incomplete data is no false declaration: « %s »', (text) => {
    expect(statesGround('R6113-8-1 1°', text)).toBe(false);
    expect(proposed(text)).not.toContain('R6113-8-1 1°');
    expect(proposed(text)[0]).toBe('1');
  });

  it.each([
    [
      'Nous relevons une fausse déclaration : les effectifs déclarés ne correspondent pas aux procès-verbaux de jury.',
      'R6113-8-1 1°',
    ],
    [
      'Les données déclarées sont erronées : les attestations de réussite produites ne correspondent pas aux titulaires listés.',
      'R6113-8-1 1°',
    ],
    [
      'Des pans entiers du référentiel sont copiés sur celui d’une certification enregistrée par un autre organisme.',
      'R6113-8-1 2°',
    ],
    [
      'Les épreuves du bloc 2 sont une copie du référentiel d’évaluation d’un titre enregistré en 2021.',
      'R6113-8-1 2°',
    ],
    ['Les sujets d’examen sont copiés sur ceux d’une certification concurrente.', 'R6113-8-1 2°'],
    [
      'La plaquette de présentation annonce un diplôme « reconnu par l’État » avant toute décision d’enregistrement.',
      'R6113-8-1 3°',
    ],
    ['La délégation de mandat n’est pas signée par le représentant légal.', 'recevabilite'],
  ])('a stated ground is proposed: « %s »', (text, number) => {
    expect(statesGround(number, text)).toBe(true);
    expect(proposed(text)[0]).toBe(number);
  });

  it.each([
    [
      'Le référentiel reprend les mêmes verbes pour toutes les compétences, sans préciser les situations dans lesquelles elles s’exercent.',
      'R6113-8-1 2°',
    ],
    ['L’intitulé du bloc 1 « Assistant de direction » reprend le nom du métier visé.', 'R6113-8-1 2°'],
    ['Les certifications retenues pour la comparaison ne sont pas de même niveau.', 'R6113-8-1 3°'],
    ['La délibération de la CPNE n’est ni datée ni signée.', 'recevabilite'],
    ['Les données relatives aux titulaires sont incomplètes pour 2025.', 'recevabilite'],
    // Exam papers are no copy of a référentiel.
    ['Les copies des candidats sont-elles corrigées par deux évaluateurs ?', 'R6113-8-1 2°'],
    ['Qui assure la double correction des copies lors des sessions organisées en région ?', 'R6113-8-1 2°'],
    [
      'Précisez le délai de conservation des copies et des grilles de notation après le jury.',
      'R6113-8-1 2°',
    ],
    // Jobs that do not match the métier are criterion 1, not a false declaration.
    ['Les emplois occupés par les titulaires ne correspondent pas au métier visé.', 'R6113-8-1 1°'],
  ])('an unstated ground is not proposed: « %s »', (text, number) => {
    expect(statesGround(number, text)).toBe(false);
    expect(proposed(text, text.includes('titulaires sont') ? RS_NEW : RNCP_NEW)).not.toContain(number);
  });

  it('still follows an explicit citation of the article', () => {
    expect(
      proposed('Au titre de l’article R. 6113-8-1, les effectifs présentés appellent des explications.')[0],
    ).toMatch(/^R6113-8-1/);
  });
});
