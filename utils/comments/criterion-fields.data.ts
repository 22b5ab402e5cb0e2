/**
 * Dossier fields and attachments (ids of fc-fields.json) concerned by each criterion, per repertoire.
 * Entries common to both repertoires (R. 6113-8-1, recevabilité) point to each repertoire's own fields.
 */
export interface Target {
  fields: readonly string[];
  attachments: readonly string[];
}

const PROMOTIONS_RNCP = [
  'promotions[].annee',
  'promotions[].nombreCertifies',
  'promotions[].tauxInsertionMetier6mois',
  'promotions[].tauxInsertionMetier2ans',
];
const PARTNERS = [
  'fiche.existencePartenaires',
  'partenaires[].nom',
  'partenaires[].siret',
  'partenaires[].habilitation',
];

export const RNCP_FIELDS: Record<string, Target> = {
  '1': {
    fields: ['rncp.critere1.argumentaire', 'fiche.typesEmplois', 'fiche.codesRome', ...PROMOTIONS_RNCP],
    attachments: ['promotions.fichierDonnees', 'rncp.critere1.pieces'],
  },
  '2': {
    fields: ['rncp.critere2.argumentaire', 'promotions[].tauxInsertionGlobal6mois', ...PROMOTIONS_RNCP],
    attachments: ['promotions.fichierDonnees', 'rncp.critere2.pieces', 'pieces.etudeOpportunite'],
  },
  '2 bis': {
    fields: ['rncp.critere2bis.argumentaire', 'partenaires[].nom'],
    attachments: ['rncp.critere2bis.pieces', 'pieces.moyensPedagogiques'],
  },
  '2 ter': {
    fields: ['rncp.critere2ter.argumentaire', 'fiche.blocs[].listeCompetences'],
    attachments: ['rncp.critere2ter.pieces', 'pieces.moyensPedagogiques', 'pieces.referentiel'],
  },
  '3': {
    fields: [
      'rncp.critere3.argumentaire',
      'fiche.activitesVisees',
      'fiche.competencesAttestees',
      'fiche.blocs[].listeCompetences',
    ],
    attachments: ['pieces.referentiel', 'rncp.critere3.pieces'],
  },
  '4': {
    fields: ['rncp.critere4.argumentaire', ...PARTNERS],
    attachments: ['rncp.critere4.pieces', 'pieces.procedureControle', 'pieces.listeHabilitations'],
  },
  '5': {
    fields: ['fiche.reglementationsActivites', 'rncp.critere5.argumentaire'],
    attachments: ['rncp.critere5.pieces'],
  },
  '6': {
    fields: [
      'fiche.voiesAcces.vae.autorise',
      'fiche.voiesAcces.vae.compositionJury',
      'rncp.critere6.argumentaire',
      'promotions[].nombreCertifiesVae',
    ],
    attachments: ['rncp.critere6.pieces', 'pieces.dispositifVae'],
  },
  '7': {
    fields: [
      'fiche.blocs[].libelle',
      'fiche.blocs[].listeCompetences',
      'fiche.blocs[].modalitesEvaluation',
      'fiche.modalitesAcquisitionBlocs',
      'rncp.critere7.argumentaire',
    ],
    attachments: ['rncp.critere7.pieces', 'pieces.referentiel'],
  },
  '8': {
    fields: [
      'corresp[].blocsSource',
      'corresp[].ficheDestination',
      'corresp[].blocsDestination',
      'fiche.modalitesAcquisitionBlocs',
      'rncp.critere8.argumentaire',
    ],
    attachments: ['rncp.critere8.pieces', 'pieces.tableauCorrespondances'],
  },
  '9': {
    fields: ['rncp.critere9.argumentaire', 'fiche.idcc'],
    attachments: ['rncp.critere9.pieces', 'pieces.cpne'],
  },
  II: {
    fields: [
      'promotions[].annee',
      'promotions[].nombreCertifies',
      'demande.dureeSouhaitee',
      'rncp.critere1.argumentaire',
    ],
    attachments: ['promotions.fichierDonnees'],
  },
  'R6113-8-1 1°': {
    fields: [
      ...PROMOTIONS_RNCP,
      'promotions[].tauxInsertionGlobal6mois',
      'rncp.critere1.argumentaire',
      'rncp.critere2.argumentaire',
    ],
    attachments: ['promotions.fichierDonnees'],
  },
  'R6113-8-1 2°': {
    fields: [
      'fiche.activitesVisees',
      'fiche.competencesAttestees',
      'fiche.blocs[].listeCompetences',
      'rncp.critere3.argumentaire',
    ],
    attachments: ['pieces.referentiel'],
  },
};

export const RS_FIELDS: Record<string, Target> = {
  '1': {
    fields: ['rs.critere1.argumentaire', 'fiche.objectifsContexte', 'demande.categorieRS'],
    attachments: [
      'rs.critere1.pieces',
      'pieces.etudeOpportunite',
      'pieces.lettresSoutien',
      'pieces.bilanMiseEnOeuvre',
    ],
  },
  '1 bis': {
    fields: ['rs.critere1bis.argumentaire', 'promotions[].annee', 'promotions[].nombreCertifies'],
    attachments: ['promotions.fichierDonnees', 'rs.critere1bis.pieces'],
  },
  '1 ter': {
    fields: ['rs.critere1ter.argumentaire', 'fiche.objectifsContexte'],
    attachments: ['rs.critere1ter.pieces'],
  },
  '1 quater': {
    fields: ['rs.critere1quater.argumentaire', 'partenaires[].nom'],
    attachments: ['rs.critere1quater.pieces', 'pieces.moyensPedagogiques'],
  },
  '1 quinquies': {
    fields: ['rs.critere1quinquies.argumentaire', 'fiche.competencesAttestees'],
    attachments: ['rs.critere1quinquies.pieces', 'pieces.moyensPedagogiques', 'pieces.referentiel'],
  },
  '2': {
    fields: [
      'rs.critere2.argumentaire',
      'fiche.competencesAttestees',
      'fiche.modalitesEvaluation',
      'fiche.intitule',
    ],
    attachments: ['pieces.referentiel', 'rs.critere2.pieces'],
  },
  '3': {
    fields: ['rs.critere3.argumentaire', ...PARTNERS],
    attachments: ['rs.critere3.pieces', 'pieces.procedureControle', 'pieces.listeHabilitations'],
  },
  '4': {
    fields: ['fiche.reglementationsActivites', 'demande.categorieRS', 'rs.critere4.argumentaire'],
    attachments: ['rs.critere4.pieces'],
  },
  '5': {
    fields: ['corresp[].ficheDestination', 'corresp[].blocsDestination', 'rs.critere5.argumentaire'],
    attachments: ['rs.critere5.pieces', 'pieces.tableauCorrespondances'],
  },
  '6': {
    fields: ['rs.critere6.argumentaire', 'fiche.idcc'],
    attachments: ['rs.critere6.pieces', 'pieces.cpne'],
  },
  'R6113-8-1 1°': {
    fields: ['promotions[].annee', 'promotions[].nombreCertifies', 'rs.critere1bis.argumentaire'],
    attachments: ['promotions.fichierDonnees', 'rs.critere1bis.pieces'],
  },
  'R6113-8-1 2°': {
    fields: ['fiche.competencesAttestees', 'fiche.modalitesEvaluation', 'rs.critere2.argumentaire'],
    attachments: ['pieces.referentiel'],
  },
};

export const BOTH_FIELDS: Record<string, Target> = {
  'R6113-8-1 3°': {
    fields: ['demande.certificateurs[].siteInternet', 'fiche.lienUrlDescription', 'partenaires[].nom'],
    attachments: ['pieces.listeHabilitations'],
  },
  recevabilite: {
    fields: ['compte.siret', 'demande.certificateurs[].siret'],
    attachments: ['pieces.bulletinN3', 'compte.pjExistenceLegale', 'compte.pjDelegationMandat'],
  },
};
