/**
 * Elements of the export that have no field in a registration request, with why they are not
 * imported. Paths are relative to `<FICHE>`; `*` stands for one element name. Anything neither
 * here nor in the catalogue's mapping is reported as unknown.
 */
const KNOWN: readonly [pattern: string, reason: string][] = [
  ['ID_FICHE', 'identifiant interne de la fiche publiée'],
  ['ETAT_FICHE', 'état de la fiche publiée'],
  ['ACTIF', 'état de la fiche publiée'],
  ['TYPE_ENREGISTREMENT', 'type d’enregistrement, décidé par France compétences'],
  ['DATE_DECISION', 'date de la décision d’enregistrement en cours'],
  ['DATE_FIN_ENREGISTREMENT', 'fin de l’enregistrement en cours'],
  ['DATE_EFFET', 'date d’effet de l’enregistrement en cours'],
  ['DATE_DE_PUBLICATION', 'date de publication de la fiche'],
  ['DATE_LIMITE_DELIVRANCE', 'date limite de délivrance de la certification'],
  ['ABREGE/*', 'abrégé du type de certification, attribué par France compétences'],
  ['NOMENCLATURE_EUROPE/LIBELLE', 'libellé du niveau : la plateforme le déduit du code'],
  ['CODES_NSF/NSF/LIBELLE', 'libellé du code : la plateforme le déduit du code'],
  ['FORMACODES/FORMACODE/LIBELLE', 'libellé du code : la plateforme le déduit du code'],
  ['CODES_ROME/ROME/LIBELLE', 'libellé du code : la plateforme le déduit du code'],
  ['CODES_IDCC/IDCC/LIBELLE', 'libellé du code : la plateforme le déduit du code'],
  ['PUBLICATION_DECRET_*/PUBLICATION_JO/*', 'texte publié au Journal officiel'],
  [
    'ANCIENNES_CERTIFICATIONS/ANCIENNE_CERTIFICATION/ID_FICHE_ANCIENNE_CERTIFICATION',
    'certification antérieure : la demande renouvelle la fiche elle-même',
  ],
  ['NOUVELLES_CERTIFICATIONS/NOUVELLE_CERTIFICATION/*', 'certification qui succède à celle-ci'],
  ['CERTIFICATEURS/CERTIFICATEUR/NOM_CERTIFICATEUR', 'nom légal : la plateforme le retrouve par le SIRET'],
  ['CERTIFICATEURS/CERTIFICATEUR/ETAT_CERTIFICATEUR', 'état du certificateur sur la fiche publiée'],
  ['CERTIFICATEURS/CERTIFICATEUR/DATE_DERNIERE_MODIFICATION_ETAT', 'historique de la fiche publiée'],
  ['PARTENAIRES/PARTENAIRE/ETAT_HABILITATION', 'état de l’habilitation sur la fiche publiée'],
  ['PARTENAIRES/PARTENAIRE/DATE_ACTIF', 'historique de la fiche publiée'],
  ['PARTENAIRES/PARTENAIRE/DATE_DERNIERE_MODIFICATION_ETAT', 'historique de la fiche publiée'],
  ['SI_JURY_*/DATE_DERNIERE_MODIFICATION', 'historique de la fiche publiée'],
  ['CORRESPONDANCES/CORRESPONDANCE/SOURCE/NUMERO_FICHE', 'la fiche elle-même'],
];

const compiled = KNOWN.map(([pattern, reason]) => ({
  re: new RegExp(`^${pattern.replace(/\*/g, '[^/]+')}$`),
  reason,
}));

/** Why this element is deliberately not imported, or null when the reader does not know it. */
export function knownReason(path: string): string | null {
  return compiled.find((k) => k.re.test(path))?.reason ?? null;
}
