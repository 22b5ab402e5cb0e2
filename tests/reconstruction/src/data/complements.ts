import type { Repertoire } from './enums';

export interface Item {
  text: string;
  sub?: string[];
}

export type Block = { kind: 'p'; text: string } | { kind: 'ol' | 'ul'; items: Item[] };

export interface Complements {
  instructeur: string;
  envoyeLe: string;
  echeance: string;
  objet: string;
  blocks: Block[];
}

/**
 * Illustrative instructor requests (fc-platform.md §6.2). Some items cite « critère n° 3 », some cite
 * nothing; one contains literal markup (`<b>`, `<i>`) that must be shown as text, never parsed.
 */
export const COMPLEMENTS: Record<Repertoire, Complements> = {
  RNCP: {
    instructeur: 'C. Martin, chargée d’instruction — Direction de la certification professionnelle',
    envoyeLe: '12/03/2026',
    echeance: '11/04/2026',
    objet: 'Demande de compléments — demande d’enregistrement n° 48213',
    blocks: [
      { kind: 'p', text: 'Madame, Monsieur,' },
      { kind: 'p', text: 'L’instruction de votre demande nécessite les compléments suivants :' },
      {
        kind: 'ol',
        items: [
          {
            text: 'Les données d’insertion transmises ne portent que sur une seule promotion ; merci de compléter le tableau des promotions pour l’année 2024.',
          },
          {
            text: 'Merci de préciser les intitulés des emplois occupés par les titulaires et leur correspondance avec le métier visé (codes ROME).',
          },
          {
            text: 'Au titre du critère n° 3, les compétences du bloc n° 2 sont rédigées comme des objectifs de formation :',
            sub: [
              'reformuler chaque compétence avec un verbe d’action et un contexte professionnel ;',
              'rattacher des critères d’évaluation observables à chaque compétence.',
            ],
          },
          {
            text: 'L’intitulé du bloc n° 1 contient un balisage copié depuis un traitement de texte : <b>Piloter un chantier</b>. Merci de le corriger.',
          },
          { text: 'La composition du jury VAE n’est pas précisée (critère 6°).' },
          { text: 'Le bulletin n° 3 du casier judiciaire transmis est daté de plus de trois mois.' },
        ],
      },
      { kind: 'p', text: 'Points d’attention complémentaires :' },
      {
        kind: 'ul',
        items: [
          { text: 'Critère n° 3 : le référentiel n’intègre pas les enjeux de la transition écologique.' },
          { text: 'Le programme de formation ne couvre pas l’ensemble des compétences du référentiel.' },
          {
            text: 'Préciser les modalités de contrôle des sessions d’évaluation organisées par les organismes habilités.',
          },
        ],
      },
      { kind: 'p', text: 'Vous disposez d’un délai d’un mois pour transmettre ces éléments. Cordialement.' },
    ],
  },
  RS: {
    instructeur: 'A. Bernard, chargé d’instruction — Direction de la certification professionnelle',
    envoyeLe: '02/03/2026',
    echeance: '01/04/2026',
    objet: 'Demande de compléments — demande d’enregistrement n° 48377',
    blocks: [
      { kind: 'p', text: 'Madame, Monsieur,' },
      { kind: 'p', text: 'Afin de poursuivre l’instruction de votre demande, merci de transmettre :' },
      {
        kind: 'ol',
        items: [
          {
            text: 'Critère n° 1 : l’étude d’opportunité ne démontre pas la valeur d’usage de la certification (offres d’emploi, attestations d’entreprises).',
          },
          {
            text: 'Au titre du critère n° 3, préciser les modalités de contrôle des épreuves organisées par les organismes partenaires.',
          },
          {
            text: 'Le périmètre est trop restreint : le projet relève d’une action de formation et non d’une certification.',
          },
          {
            text: 'La catégorie déclarée est incohérente avec l’objet <i>décrit dans la note d’opportunité</i> ; merci de la revoir.',
          },
        ],
      },
      {
        kind: 'ul',
        items: [
          { text: 'Les critères d’évaluation ne sont pas rattachés à chaque compétence (critère 2°).' },
          { text: 'Le bulletin n° 3 est manquant.' },
        ],
      },
      { kind: 'p', text: 'Cordialement.' },
    ],
  },
};
