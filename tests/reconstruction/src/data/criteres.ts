import type { Repertoire } from './enums';

export interface Critere {
  /** Catalogue key: `rncp.<key>.argumentaire`. */
  key: string;
  number: string;
  title: string;
  expected: string;
}

/** Criteria of R. 6113-9 (RNCP) and R. 6113-11 (RS), in the platform's wording (paraphrased). */
export const CRITERES: Record<Repertoire, Critere[]> = {
  RNCP: [
    {
      key: 'critere1',
      number: '1°',
      title: 'Adéquation des emplois occupés par rapport au métier visé',
      expected: 'Données sur les emplois occupés par les titulaires des deux dernières promotions.',
    },
    {
      key: 'critere2',
      number: '2°',
      title: 'Impact sur l’accès ou le retour à l’emploi',
      expected: 'Comparaison avec des certifications visant des métiers proches.',
    },
    {
      key: 'critere2bis',
      number: '2° bis',
      title: 'Moyens techniques, pédagogiques et d’encadrement',
      expected: 'Plateaux techniques, CV des formateurs, encadrement effectivement mobilisés.',
    },
    {
      key: 'critere2ter',
      number: '2° ter',
      title: 'Adéquation des actions de formation avec les référentiels',
      expected: 'Correspondance entre programmes de formation et référentiels d’activités et de compétences.',
    },
    {
      key: 'critere3',
      number: '3°',
      title: 'Qualité des référentiels d’activités, de compétences et d’évaluation',
      expected:
        'Écriture en compétences, critères d’évaluation observables, transitions écologique et numérique.',
    },
    {
      key: 'critere4',
      number: '4°',
      title: 'Contrôle des actions et des épreuves d’évaluation',
      expected: 'Procédures de contrôle des organismes habilités et des sessions d’examen.',
    },
    {
      key: 'critere5',
      number: '5°',
      title: 'Contraintes légales et réglementaires de l’exercice du métier',
      expected: 'Habilitations, cartes professionnelles, réglementations applicables.',
    },
    {
      key: 'critere6',
      number: '6°',
      title: 'Accès par la validation des acquis de l’expérience',
      expected: 'Dispositif de VAE : accompagnement, composition du jury.',
    },
    {
      key: 'critere7',
      number: '7°',
      title: 'Cohérence des blocs de compétences et de leur évaluation',
      expected: 'Modalités d’évaluation spécifiques à chaque bloc.',
    },
    {
      key: 'critere8',
      number: '8°',
      title: 'Correspondances avec d’autres certifications (le cas échéant)',
      expected: 'Tableau de correspondances totales ou partielles.',
    },
    {
      key: 'critere9',
      number: '9°',
      title: 'Association des CPNE (le cas échéant)',
      expected: 'Modalités d’association des commissions paritaires nationales de l’emploi.',
    },
  ],
  RS: [
    {
      key: 'critere1',
      number: '1°',
      title: 'Adéquation des compétences aux besoins du marché du travail',
      expected: 'Étude d’opportunité ; bilan de mise en œuvre en cas de renouvellement.',
    },
    {
      key: 'critere1bis',
      number: '1° bis',
      title: 'Sécurisation et développement des parcours professionnels',
      expected: 'Données relatives aux titulaires des promotions.',
    },
    {
      key: 'critere1ter',
      number: '1° ter',
      title: 'Objectifs de l’article L. 6313-3 du code du travail',
      expected: 'Rattachement aux objectifs des actions de formation.',
    },
    {
      key: 'critere1quater',
      number: '1° quater',
      title: 'Moyens techniques, pédagogiques et d’encadrement',
      expected: 'Moyens effectivement mobilisés par l’organisme et ses partenaires.',
    },
    {
      key: 'critere1quinquies',
      number: '1° quinquies',
      title: 'Adéquation des actions de formation avec le référentiel',
      expected: 'Correspondance entre programmes de formation et référentiel de compétences.',
    },
    {
      key: 'critere2',
      number: '2°',
      title: 'Qualité des référentiels de compétences et d’évaluation',
      expected: 'Compétences rédigées avec un verbe d’action, critères d’évaluation observables.',
    },
    {
      key: 'critere3',
      number: '3°',
      title: 'Contrôle des actions et des épreuves d’évaluation',
      expected: 'Règlement d’évaluation, contrôle des organismes habilités.',
    },
    {
      key: 'critere4',
      number: '4°',
      title: 'Contraintes légales et réglementaires liées aux compétences visées',
      expected: 'Réglementations applicables à l’exercice des compétences.',
    },
    {
      key: 'critere5',
      number: '5°',
      title: 'Correspondances avec des blocs du RNCP (le cas échéant)',
      expected: 'Blocs RNCP concernés et cohérence des correspondances.',
    },
    {
      key: 'critere6',
      number: '6°',
      title: 'Association des CPNE (le cas échéant)',
      expected: 'Modalités d’association des commissions paritaires nationales de l’emploi.',
    },
  ],
};
