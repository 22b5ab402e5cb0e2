/** Confidence of explicit references and keyword scores (0..1). */

export const EXPLICIT_CONFIDENCE = 0.95;
export const HEADING_CONFIDENCE = 0.9;
export const SECOND_EXPLICIT_CONFIDENCE = 0.75;
/** Lowered confidence of an explicit reference whose words clearly point to another criterion. */
export const CONTRADICTED_PENALTY = 0.15;
/** Keyword score above which a contradiction of an explicit reference is reported. */
export const STRONG_SCORE = 6;
/** A runner-up is reported when its score reaches this share of the best one. */
export const CLOSE_RATIO = 0.5;

const SATURATION = 5;
const KEYWORD_CAP = 0.9;

/** Confidence of a keyword candidate scoring `score` when the two best scores are `best` and `second`. */
export function keywordConfidence(score: number, best: number, second: number): number {
  if (score <= 0) return 0;
  const share = score / (best + second);
  const strength = 1 - Math.exp(-score / SATURATION);
  return Math.round(Math.min(KEYWORD_CAP, share * strength) * 100) / 100;
}
