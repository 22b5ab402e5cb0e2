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

export const ROME_SAMPLE = [
  { value: 'F1106', text: 'F1106 — Ingénierie et études du BTP' },
  { value: 'F1201', text: 'F1201 — Conduite de travaux du BTP et de travaux paysagers' },
  { value: 'H1102', text: 'H1102 — Management et ingénierie d’affaires' },
  { value: 'H1206', text: 'H1206 — Management et ingénierie études, recherche et développement industriel' },
  { value: 'K1802', text: 'K1802 — Développement local' },
  { value: 'M1402', text: 'M1402 — Conseil en organisation et management d’entreprise' },
  { value: 'M1503', text: 'M1503 — Management des ressources humaines' },
  { value: 'M1805', text: 'M1805 — Études et développement informatique' },
];
