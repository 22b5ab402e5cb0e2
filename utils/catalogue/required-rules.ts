import type { RawField, RequiredRule } from './types';

const VOIES = ['fi', 'ca', 'fc', 'cq', 'cl', 'vae'] as const;

/** Conditional requirements the domain file can only state in prose (`required: false` + a note). */
const CONDITIONAL: Record<string, RequiredRule> = {
  'compte.siret': {
    kind: 'when',
    field: 'compte.siretExiste',
    equals: 'Oui',
    because: 'l’entité possède un SIRET',
  },
  'compte.denomination': {
    kind: 'when',
    field: 'compte.siretExiste',
    equals: 'Non',
    because: 'l’entité n’a pas de SIRET',
  },
  'compte.adresse': {
    kind: 'when',
    field: 'compte.siretExiste',
    equals: 'Non',
    because: 'l’entité n’a pas de SIRET',
  },
  'demande.numeroFichePrecedente': {
    kind: 'when',
    field: 'demande.typeDemande',
    equals: 'Renouvellement',
    because: 'la demande est un renouvellement',
  },
  'pieces.bilanMiseEnOeuvre': {
    kind: 'when',
    field: 'demande.typeDemande',
    equals: 'Renouvellement',
    because: 'la demande est un renouvellement',
  },
  'fiche.validationPartiellePerimetre': {
    kind: 'when',
    field: 'fiche.validationPartielle',
    equals: 'Oui',
    because: 'la validation partielle est possible',
  },
  ...Object.fromEntries(
    VOIES.map((v) => [
      `fiche.voiesAcces.${v}.compositionJury`,
      {
        kind: 'when',
        field: `fiche.voiesAcces.${v}.autorise`,
        equals: 'Autorisé',
        because: 'cette voie d’accès est ouverte',
      } satisfies RequiredRule,
    ]),
  ),
  // Inside a partner record, every column is needed once the record exists.
  'partenaires[].siret': { kind: 'always' },
  'partenaires[].nom': { kind: 'always' },
  'partenaires[].habilitation': { kind: 'always' },
  'corresp[].ficheDestination': { kind: 'always' },
};

export function requiredRuleOf(raw: RawField): RequiredRule {
  return CONDITIONAL[raw.id] ?? (raw.required ? { kind: 'always' } : { kind: 'never' });
}
