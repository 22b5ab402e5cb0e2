export interface Piece {
  key: string;
  label: string;
  hint?: string;
  required?: boolean;
  rncpOnly?: boolean;
}

/** Attachments of a demande (catalogue `pieces.*`), in the platform's wording. */
export const PIECES: Piece[] = [
  {
    key: 'bulletinN3',
    label: 'Bulletin n° 3 du casier judiciaire des dirigeants',
    hint: 'Daté de moins de trois mois. Un fichier par dirigeant.',
    required: true,
  },
  {
    key: 'referentiel',
    label: 'Référentiels de la certification',
    hint: 'Activités, compétences et évaluation, en un seul document.',
    required: true,
  },
  {
    key: 'etudeOpportunite',
    label: 'Note d’opportunité',
    hint: 'Besoins du marché du travail, valeur d’usage, comparaison avec l’existant.',
    required: true,
  },
  {
    key: 'bilanMiseEnOeuvre',
    label: 'Bilan de la précédente période d’enregistrement',
    hint: 'Uniquement en cas de renouvellement.',
  },
  {
    key: 'moyensPedagogiques',
    label: 'Moyens techniques, pédagogiques et d’encadrement',
    hint: 'Programmes, CV des formateurs, plateaux techniques.',
  },
  {
    key: 'procedureControle',
    label: 'Règlement d’évaluation et procédures de contrôle',
    hint: 'Y compris le contrôle des organismes habilités.',
  },
  {
    key: 'dispositifVae',
    label: 'Dispositif de validation des acquis de l’expérience',
    hint: 'Accompagnement, composition et fonctionnement du jury.',
    rncpOnly: true,
  },
  { key: 'tableauCorrespondances', label: 'Tableau de correspondances', hint: 'Le cas échéant.' },
  {
    key: 'cpne',
    label: 'Documents relatifs à la CPNE',
    hint: 'Association de la CPNE, création du CQP, titulaire des droits.',
  },
  { key: 'listeHabilitations', label: 'Conventions d’habilitation des organismes partenaires' },
  { key: 'lettresSoutien', label: 'Lettres de soutien et attestations d’entreprises' },
];
