/**
 * Extra cue phrases, grouped by topic, that complement the keywords of fc-criteria.json where they are thin.
 * Topics are routed to a criterion number per repertoire and rule set (see routing.ts), so that one list serves
 * RNCP and RS and both wordings. Written from the criteria texts and FC doctrine, not from any test sentence.
 */
export type Topic =
  | 'insertionData'
  | 'comparison'
  | 'careerImpact'
  | 'marketNeed'
  | 'renewalReport'
  | 'means'
  | 'programme'
  | 'referentials'
  | 'transitions'
  | 'perimeter'
  | 'control'
  | 'regulation'
  | 'vae'
  | 'blocs'
  | 'blocEvaluation'
  | 'correspondences'
  | 'branch'
  | 'trainingPurpose'
  | 'falseData'
  | 'copy'
  | 'misleading'
  | 'admin';

/** Cue phrases per topic, separated by "|". */
export const TOPIC_CUES: Record<Topic, string> = {
  insertionData:
    'emploi occupé|postes occupés|poste occupé|postes tenus|fonctions exercées|' +
    'activités exercées|métier cible|métier de la certification|métier visé|intitulé de poste|' +
    "fiche de poste|taux d'insertion|insertion professionnelle|insertion dans le métier|enquête|" +
    'questionnaire|répondants|non-répondants|taux de réponse|sortants|diplômés|certifiés|' +
    'titulaires|neutralisés|neutraliser|type de contrat|CDD|intérim|indépendant|' +
    "auto-entrepreneur|rémunération|salaire|niveau de responsabilité|niveau d'emploi|cadre|" +
    "données d'insertion|une seule année|deux promotions|année civile|durée d'enregistrement|" +
    'trois ans|devenir des titulaires|situation professionnelle des titulaires' +
    '|occupent|interrogés|postes',
  comparison:
    'comparaison|comparer|comparatif|comparative|comparable|certifications voisines|' +
    'métiers voisins|benchmark' +
    '|par rapport aux titres|titres existants|par rapport aux certifications' +
    '|comparé|comparée|comparés|certifications proches|certifications similaires|certifications du même champ',
  careerImpact:
    "accès à l'emploi|retour à l'emploi|demandeurs d'emploi|situation avant|avant l'entrée|" +
    'avant la formation|effet de la certification|effets de la certification|valeur ajoutée|' +
    'à deux ans|évolution de poste|évolution professionnelle|parcours professionnel|sécurisation|' +
    "maintien dans l'emploi|mobilité|promotion interne|suivi des titulaires|suivi des certifiés" +
    '|plus-value' +
    '|bénéfices|bénéfice|données de suivi' +
    "|recherche d'emploi|durée de recherche|retrouvé un emploi|accédé à un emploi|délai d'accès à l'emploi" +
    '|emploi durable|un an après la certification|à un an',
  marketNeed:
    "étude d'opportunité|note d'opportunité|opportunité|valeur d'usage|besoin des entreprises|" +
    "besoins des entreprises|besoin des employeurs|marché du travail|offres d'emploi|employeurs|" +
    "attestations d'employeurs|attestations d'entreprises|lettres de soutien|" +
    'entreprises utilisatrices|recrutement|recrutements|se distingue|déjà enregistrées|' +
    'certifications existantes|même thématique|doublon|redondance|étude de branche|besoin|usage' +
    '|utilisatrices|utilisateurs de la certification' +
    '|habilitations existantes|par rapport aux habilitations|par rapport aux certifications existantes',
  renewalReport:
    'bilan|renouvellement|précédemment enregistrée|nombre de certifiés' +
    '|candidats potentiels|public potentiel|entreprises intéressées|étude de marché|besoins actuels',
  means:
    'CV|curriculum vitae|intervenants|formateurs|formateur|qualification des formateurs|' +
    "équipements|locaux|plateau technique|plateaux techniques|ratio d'encadrement|encadrement|" +
    "tuteurs|émargement|feuilles d'émargement|feuilles de présence|attestations de présence|" +
    'assiduité|parcours effectivement suivis|réalité des moyens|sous-traitance|' +
    'sites de formation|lieux de formation|moyens|ressources pédagogiques' +
    '|salles|salle|domiciliation|adresse de domiciliation' +
    "|moyens matériels|moyens humains|mis à disposition|ressources|plateforme d'apprentissage|plateformes d'apprentissage|site|atelier|travaux pratiques|équipe pédagogique" +
    "|statut des intervenants|volume d'intervention|vacataires|bénévoles" +
    '|logiciel métier|logiciels métier|licence|licences',
  programme:
    'programme|programme de formation|modules|séquences pédagogiques|séquence|' +
    'contenu de la formation|durée de formation|durée de la formation|volume horaire|heures|' +
    'progression pédagogique|ingénierie pédagogique|formation à distance|parcours de formation|' +
    'acquisition des compétences|formation préparatoire|objectifs du programme' +
    '|cursus|cursus de formation|enseignements|maquette pédagogique|maquette|contenu pédagogique|répartition des heures' +
    '|alternance|acquises en entreprise|en centre de formation|mise en pratique|mises en pratique|exercices pratiques' +
    '|volume de formation|heures de formation',
  referentials:
    "référentiel|référentiels|compétences rédigées|reformuler|rédaction|rédigées|verbe d'action|" +
    'savoirs|savoir-faire|objectifs pédagogiques|tâches|situations professionnelles|' +
    "critères d'évaluation|observables|mesurables|référentiel d'activités|" +
    "référentiel de compétences|référentiel d'évaluation|niveau de qualification|" +
    "cohérence d'ensemble|QCM|mise en situation|maîtrise" +
    '|situation réelle|situation reconstituée|en situation de travail|formulées|formulation' +
    "|connaissances|connaissances associées|contexte professionnel|degré d'autonomie|autonomie et responsabilité" +
    '|évaluées par questionnaire|évaluation par questionnaire|connaissances théoriques' +
    '|lien avec les activités|reliées aux activités|rattachées aux activités|articulation des référentiels' +
    '|trop vague|trop vagues|trop générales|imprécises|de manière trop vague' +
    "|autonomie|environnement de travail|conditions d'exercice" +
    "|compétences d'encadrement|encadrement d'équipe|objectifs de la formation|objectifs de formation",
  transitions:
    'transition écologique|écologique|environnement|environnementaux|sobriété|énergétique|' +
    'déchets|développement durable|numérique|outils numériques|logiciels|' +
    'intelligence artificielle|santé et sécurité|santé sécurité|gestes et postures|handicap|' +
    'situation de handicap|inclusion',
  perimeter:
    'périmètre|trop restreint|taille critique|une journée|formation courte|caractère certifiant|' +
    'non certifiant|confusion formation certification|action de formation|nom de métier|' +
    'intitulé de la certification',
  control:
    "contrôle|contrôler|contrôlées|procédures de contrôle|audit|règlement d'examen|" +
    'règlement de certification|fraude|surveillance|surveillant|sujets|confidentialité|épreuves|' +
    "sessions|session d'évaluation|centres d'examen|centres partenaires|organismes habilités|" +
    "convention d'habilitation|cahier des charges|procès-verbal|jury|délibération|évaluateurs|" +
    "correcteurs|conflit d'intérêts|indépendance|traçabilité|retrait d'habilitation|" +
    'conditions de passage|télésurveillance|délivrance' +
    '|modalités de contrôle|contrôle des évaluations|impartialité|garanties' +
    '|contestation|contestation des résultats|voies de recours|réclamation|réclamations' +
    '|quorum|jury final|jury de certification|composition et quorum' +
    "|identité des candidats|vérification de l'identité|vérification d'identité|épreuves organisées à distance",
  regulation:
    'réglementée|réglementaire|carte professionnelle|habilitation électrique|agrément|' +
    "autorisation d'exercer|obligation légale|obligation réglementaire|texte|décret|arrêté|" +
    "permis|autorité compétente|exercer l'activité|exercice de l'activité|conditionne l'exercice|" +
    'norme|titre requis' +
    '|préfectoral|agrément préfectoral|soumis à|subordonné|obligatoire pour exercer|exigé pour exercer' +
    "|ordre professionnel|inscription à l'ordre|conditions d'inscription" +
    '|exigence légale|exigences légales|exigence réglementaire|prérequis réglementaires|registre|inscrit au registre|légale|légales|réglementaires' +
    '|autorisation de conduite|détention|autorisation' +
    "|code de la santé publique|code de la route|code de l'environnement|code de la construction|obligation prévue par" +
    '|loi|législation|obligations de la loi|obligations légales',
  vae:
    "VAE|validation des acquis|validation des acquis de l'expérience|par expérience|" +
    "par l'expérience|accès par l'expérience|jury VAE|jury de VAE|France VAE|livret|" +
    'recevabilité VAE|candidats VAE' +
    '|demandes de VAE|demande de VAE|dossiers de VAE|procédure de VAE' +
    '|dossier de validation|entretien avec le jury|entretien avec le candidat|livret 1|livret 2',
  blocs:
    "bloc|blocs|intitulé du bloc|appellation d'emploi|nom de métier|découpage|" +
    'validation partielle|ensemble homogène|exercice autonome|chaque bloc|obtention des blocs|' +
    'attestation de bloc' +
    '|ensemble des blocs|pour chaque bloc|par bloc|différents blocs' +
    '|certificat de compétences|réussite à chaque bloc|validation de chaque bloc',
  // RNCP 7°: « leurs modalités spécifiques d'évaluation ».
  blocEvaluation:
    "modalités d'évaluation|modalité d'évaluation|modalités spécifiques d'évaluation|évaluation par bloc",
  correspondences:
    'correspondance|correspondances|équivalence|équivalences|passerelle|passerelles|dispense|' +
    'correspondance totale|correspondances partielles' +
    "|dispense d'épreuves|dispenses d'épreuves|dispense de bloc|dispenses de blocs",
  branch:
    'CPNE|branche|branche professionnelle|partenaires sociaux|accord de branche|CQP|paritaire|' +
    'convention collective|délibération de la CPNE|organisations syndicales' +
    "|représentants des salariés|représentants des employeurs|organisations professionnelles|organisations syndicales de salariés|organisations d'employeurs" +
    '|procès-verbal de la CPNE|avis de la CPNE|délibération de la CPNE|validation des référentiels',
  trainingPurpose:
    'L. 6313-3|développement personnel|bien-être|gestion du stress|loisir|' +
    'finalité professionnelle|adaptation au poste|adaptation des salariés|poste de travail|' +
    "objectifs de l'action de formation|mutation d'activité|qualification plus élevée" +
    '|sphère personnelle|vie personnelle|non professionnelle|épanouissement personnel' +
    '|particuliers|sans lien avec une activité professionnelle|activité professionnelle|code du travail|objectifs de formation professionnelle|formation professionnelle|confiance en soi|connaissance de soi|relaxation|usage personnel' +
    '|cadre professionnel|dans un cadre professionnel' +
    '|au sens du code du travail|action de formation au sens|amateur|pratique amateur|loisirs' +
    "|vie associative|activité associative|vie quotidienne|vie personnelle|exercice d'un emploi" +
    '|leurs enfants|vie familiale',
  falseData:
    'fausse déclaration|déclaration inexacte|incohérents|incohérentes|discordance|contradiction|' +
    'incompatible|données erronées|non vérifiables|sincérité|précédente demande',
  copy:
    "reproduction littérale|à l'identique|mot pour mot|copier|recopié|reproduit|reproduisent|" +
    'plagiat|reprise|reprennent|reprend|référentiel existant|REAC|littéralement',
  misleading:
    "site internet|site|plaquette|publicité|réseaux sociaux|reconnu par l'État|" +
    "reconnue par l'État|éligible au CPF|CPF|taux de réussite|affiche|annonce|trompeuse",
  admin:
    'Kbis|K-bis|extrait|SIRET|établissement fermé|délégation|délégation de signature|' +
    "pièce d'identité|représentant légal|dirigeant|dirigeants|statuts|téléversé|pièce manquante|" +
    'dossier incomplet|incomplet|mise en demeure|moins de trois mois|signature' +
    "|illisible|redéposer|format PDF|fichier corrompu|ne s'ouvre pas|formulaire de demande|pièces obligatoires" +
    "|pouvoir pour engager|pouvoir d'engager|engager l'organisme|pouvoir de signature" +
    '|délégation de pouvoir|délégation de pouvoirs|signataire' +
    '|mandat|mandat autorisant|dépôt de la demande' +
    "|honorabilité|déclaration d'honorabilité|non daté|non datée",
};
