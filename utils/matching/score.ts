import type { Repertoire } from '../catalogue/types';
import { detectScope, fieldScope, type Scope } from './cues';
import type { ControlDescription } from './description';
import { kindFit, typeCue } from './kinds';
import { optionAgreement, optionEvidence } from './options';
import { scopeFit } from './scope-fit';
import type { Candidate } from './types';
import { VOCABULARY, type Vocabulary } from './vocabulary';
import { type WordScores, wordScoresOf } from './word-scores';

export { type WordScores, wordScoresOf } from './word-scores';

/**
 * Scores a described control against every catalogue field of the repertoire: word scores
 * (word-scores.ts), then kind compatibility, scope (criterion, voie, group), options and input
 * type adjust them.
 */

const MAX_CANDIDATES = 5;

const fieldScopes = VOCABULARY.fields.map((f) => fieldScope(f.id));
/** Scratch buffer: per field, its base score while a control's candidates are gathered. */
let merged = new Float64Array(0);

function adjust(
  desc: ControlDescription,
  scope: Scope,
  index: number,
  base: number,
  vocab: Vocabulary,
): number {
  const field = vocab.fields[index];
  if (!field) return 0;
  let score = base * kindFit(desc.control, desc.inputType, field);
  if (score <= 0) return 0;
  const fit = scopeFit(scope, fieldScopes[index] ?? {});
  score = score * fit.factor + fit.bonus * Math.min(1, base * 1.25);
  const agreement = optionAgreement(desc.options, field.enumRef);
  if (agreement !== null) {
    if (agreement >= 0.5) score += 0.08 * agreement;
    else if (desc.options.length >= 2 && agreement === 0) score *= 0.6;
  }
  return score + typeCue(desc.inputType, desc.autocomplete, field.id);
}

/** Candidates from word scores: option evidence merged, kind, scope, options and type applied. */
export function candidatesFrom(
  desc: ControlDescription,
  repertoire: Repertoire | undefined,
  scope: Scope,
  words: WordScores,
  vocab: Vocabulary = VOCABULARY,
): Candidate[] {
  if (merged.length < vocab.fields.length) merged = new Float64Array(vocab.fields.length);
  const fields = words.fields.slice();
  words.fields.forEach((f, i) => {
    merged[f] = words.scores[i] ?? 0;
  });
  for (const [index, base] of optionEvidence(desc.options, vocab.fields, vocab.mask(repertoire))) {
    if (!merged[index]) fields.push(index);
    merged[index] = Math.max(merged[index] ?? 0, base);
  }
  const out: Candidate[] = [];
  for (const index of fields) {
    const base = merged[index] ?? 0;
    merged[index] = 0;
    if (base < 0.05) continue;
    const score = adjust(desc, scope, index, base * words.negative, vocab);
    if (score >= 0.05) out.push({ fieldId: vocab.fields[index]?.id ?? '', score });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
}

export function scoreDescription(
  desc: ControlDescription,
  repertoire: Repertoire | undefined,
  scope: Scope = detectScope(desc.scopeTexts),
  vocab: Vocabulary = VOCABULARY,
): Candidate[] {
  return candidatesFrom(desc, repertoire, scope, wordScoresOf(desc, repertoire, vocab), vocab);
}
