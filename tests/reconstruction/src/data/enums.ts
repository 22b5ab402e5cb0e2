/** Values from fc-enums.json (checked against it by tests/unit/reconstruction). */
export const REPERTOIRES = ['RNCP', 'RS'] as const;
export type Repertoire = (typeof REPERTOIRES)[number];

export const TYPE_ENTITE = ['Ministère', 'Autre organisme'];
export const OUI_NON = ['Oui', 'Non'];
export const AUTORISE = ['Autorisé', 'Non autorisé'];
export const TYPE_DEMANDE = ['Première demande', 'Renouvellement'];
export const PROCEDURE_RNCP = [
  'Procédure standard',
  'Métiers particulièrement en évolution ou en émergence (R. 6113-10)',
];
export const NIVEAUX = ['Niveau 3', 'Niveau 4', 'Niveau 5', 'Niveau 6', 'Niveau 7', 'Niveau 8'];
export const DUREES = ['1', '2', '3', '4', '5'];
export const HABILITATIONS = [
  'Habilitation pour former',
  "Habilitation pour organiser l'évaluation",
  "Habilitation pour former et organiser l'évaluation",
];
export const CATEGORIES_RS = [
  "Habilitations ou certifications découlant d'une obligation légale et réglementaire nécessaires pour l'exercice d'un métier ou d'une activité professionnelle",
  'Certifications de compétences transversales',
  'Certifications de compétences complémentaires à un métier',
  'Certifications couvrant une activité professionnelle autonome',
];

/** Voies d'accès: catalogue key, fiche label, répertoires where the voie exists. */
export const VOIES = [
  { key: 'fi', label: "Après un parcours de formation sous statut d'élève ou d'étudiant", rncpOnly: false },
  { key: 'ca', label: "En contrat d'apprentissage", rncpOnly: true },
  { key: 'fc', label: 'Après un parcours de formation continue', rncpOnly: false },
  { key: 'cq', label: 'En contrat de professionnalisation', rncpOnly: false },
  { key: 'cl', label: 'Par candidature individuelle', rncpOnly: false },
  { key: 'vae', label: 'Par expérience', rncpOnly: false },
] as const;
