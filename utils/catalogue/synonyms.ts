/**
 * Other wordings a page may use for a field, beyond the catalogue label. Matched after the same
 * French normalisation as labels, so accents and case do not matter here.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'compte.typeEntite': ['Type d’entité', 'Ministère ou autre organisme'],
  'compte.siretExiste': ['Possédez-vous un SIRET', 'Disposez-vous d’un numéro SIRET'],
  'compte.siret': ['Numéro SIRET', 'SIRET de l’entité'],
  'compte.denomination': ['Raison sociale', 'Nom de l’organisme'],
  'compte.email': ['Courriel', 'E-mail', 'Adresse e-mail'],
  'fiche.intitule': ['Intitulé', 'Intitulé de la certification professionnelle', 'Titre de la certification'],
  'fiche.objectifsContexte': ['Objectifs et contexte'],
  'fiche.activitesVisees': ['Activités visées par la certification'],
  'fiche.competencesAttestees': ['Capacités attestées', 'Compétences attestées par la certification'],
  'fiche.blocs[].code': ['N° de bloc', 'Code du bloc'],
  'fiche.blocs[].libelle': ['Intitulé du bloc de compétences', 'Libellé du bloc'],
  'fiche.blocs[].listeCompetences': ['Compétences du bloc', 'Liste des compétences'],
  'fiche.secteursActivite': ['Secteurs d’activité'],
  'fiche.typesEmplois': ['Types d’emplois accessibles', 'Emplois accessibles'],
};

/** Short labels for compact displays where the catalogue label is a sentence. */
export const SHORT_LABELS: Readonly<Record<string, string>> = {
  'compte.typeEntite': 'Type d’entité',
  'compte.siretExiste': 'SIRET existant',
  'demande.repertoire': 'Répertoire',
  'demande.typeDemande': 'Type de demande',
  'demande.numeroFichePrecedente': 'Code de la certification précédente',
};
