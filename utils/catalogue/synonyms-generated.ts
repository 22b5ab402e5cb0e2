/**
 * Wordings built from parts: the six voies d'accès (each has an « autorisé » choice and a jury
 * composition) and the criteria (each has an argumentaire and supporting documents).
 */

/** How forms name each voie d'accès (first = the fiche's own wording). */
const VOIES: Record<string, readonly string[]> = {
  fi: [
    'Après un parcours de formation sous statut d’élève ou d’étudiant',
    'Formation initiale',
    'Sous statut d’élève ou d’étudiant',
    'Statut d’élève ou d’étudiant',
    'Voie scolaire',
  ],
  ca: ['En contrat d’apprentissage', 'Contrat d’apprentissage', 'Apprentissage', 'Par apprentissage'],
  fc: ['Après un parcours de formation continue', 'Formation continue', 'Par la formation continue'],
  cq: ['En contrat de professionnalisation', 'Contrat de professionnalisation', 'Professionnalisation'],
  cl: ['Par candidature individuelle', 'Candidature individuelle', 'Candidat libre', 'Candidature libre'],
  vae: [
    'Par expérience',
    'VAE',
    'Validation des acquis de l’expérience',
    'Par expérience (VAE)',
    'Par la validation des acquis de l’expérience',
  ],
};

function voieSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, names] of Object.entries(VOIES)) {
    out[`fiche.voiesAcces.${key}.autorise`] = names.flatMap((name) => [
      name,
      `Voie d’accès : ${name}`,
      `${name} — autorisé`,
      `${name} — ouverture`,
      `Accès ${name} autorisé`,
    ]);
    out[`fiche.voiesAcces.${key}.compositionJury`] = names.flatMap((name) => [
      `Composition du jury — ${name}`,
      `Composition des jurys ${name}`,
      `Jury ${name}`,
      `Membres du jury ${name}`,
    ]);
  }
  return out;
}

const CRITERIA: Record<'rncp' | 'rs', readonly string[]> = {
  rncp: ['1', '2', '2bis', '2ter', '3', '4', '5', '6', '7', '8', '9'],
  rs: ['1', '1bis', '1ter', '1quater', '1quinquies', '2', '3', '4', '5', '6'],
};

/** `2bis` → `2° bis`. */
function spoken(number: string): string {
  const m = /^(\d+)(\w*)$/.exec(number);
  return m?.[2] ? `${m[1]}° ${m[2]}` : `${number}°`;
}

function criteriaSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [rep, numbers] of Object.entries(CRITERIA)) {
    for (const n of numbers) {
      const c = `Critère ${spoken(n)}`;
      out[`${rep}.critere${n}.argumentaire`] = [
        `${c} — argumentaire`,
        `${c} — argumentation`,
        `${c} — justification`,
        `${c} — éléments de réponse`,
        `${c} — description`,
        `Argumentaire du critère ${spoken(n)}`,
        `Réponse au critère ${spoken(n)}`,
      ];
      out[`${rep}.critere${n}.pieces`] = [
        `${c} — justificatifs`,
        `${c} — pièces jointes`,
        `${c} — documents justificatifs`,
        `${c} — preuves`,
        `${c} — annexes`,
        `${c} — fichiers`,
        `${c} — pièces à l’appui`,
        `Pièces justificatives du critère ${spoken(n)}`,
      ];
    }
  }
  return out;
}

export const GENERATED_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  ...voieSynonyms(),
  ...criteriaSynonyms(),
};
