import { argumentaireId, criterionName } from '../criterion-ids';
import { article, framework } from '../sources';
import { excerpt, mentions, wordCount } from '../text';
import type { FindingDraft, ReadinessCheck, ReadinessContext } from '../types';

/** Below this many words an argumentaire states a claim without showing it. */
export const MIN_WORDS = 20;

/** Texts that hold a place instead of an argument. */
const PLACEHOLDERS = [
  /^\s*(voir|cf\.?)\b[^.]{0,60}\b(piece|pj|annexe|document|dossier|fichier)/,
  /\b(a completer|a rediger|en cours de redaction|todo|tbd|lorem ipsum)\b/,
  /^\s*x{3,}/,
];

/** Criteria whose argumentaire every request must fill (catalogue: required). */
const REQUIRED = {
  RNCP: ['1', '2', '2 bis', '2 ter', '3', '4', '5', '6', '7'],
  RS: ['1', '1 bis', '1 ter', '1 quater', '1 quinquies', '2', '3', '4'],
} as const;

/**
 * An argumentaire that is missing, holds a placeholder, or is too short to demonstrate anything.
 * `required` decides whether an empty one blocks (optional criteria call this only when they apply).
 */
export function argumentaireFindings(
  ctx: ReadinessContext,
  number: string,
  required: boolean,
  why = '',
): FindingDraft[] {
  const path = argumentaireId(ctx.repertoire, number);
  const text = ctx.text(path);
  const name = criterionName(number);
  if (text === '')
    return required
      ? [
          {
            severity: 'bloquant',
            message: `L’argumentaire du ${name} est vide${why ? ` alors que ${why}` : ''} : expliquez, chiffres et pièces à l’appui, comment la certification répond à ce critère.`,
            paths: [path],
          },
        ]
      : [];
  if (mentions(text, ...PLACEHOLDERS))
    return [
      {
        severity: 'a-completer',
        message: `L’argumentaire du ${name} tient lieu de renvoi (« ${excerpt(text)} ») : l’instructeur attend la démonstration dans le texte, les pièces venant à l’appui.`,
        paths: [path],
      },
    ];
  const words = wordCount(text);
  if (words < MIN_WORDS)
    return [
      {
        severity: 'a-completer',
        message: `L’argumentaire du ${name} tient en ${words} mot${words > 1 ? 's' : ''} (« ${excerpt(text)} ») : développez-le avec des faits vérifiables (chiffres, sources, pièces jointes).`,
        paths: [path],
      },
    ];
  return [];
}

export const argumentaireCheck: ReadinessCheck = {
  id: 'argumentaire',
  title: 'L’argumentaire du critère est rédigé et étayé (plus qu’une ligne, pas un simple renvoi)',
  criteria: REQUIRED,
  sources: [framework('C9 (dossier rédigé selon les consignes de France compétences)')],
  fields: [
    ...REQUIRED.RNCP.map((n) => argumentaireId('RNCP', n)),
    ...REQUIRED.RS.map((n) => argumentaireId('RS', n)),
  ],
  run: (ctx, number) =>
    argumentaireFindings(ctx, number, true).map((f) => ({
      ...f,
      sources: [article(ctx.repertoire, number), ...argumentaireCheck.sources],
    })),
};
