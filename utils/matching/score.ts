import type { Repertoire } from '../catalogue/types';
import { detectScope, fieldScope, type Scope } from './cues';
import type { ControlDescription } from './description';
import { kindFit, typeCue } from './kinds';
import { optionAgreement } from './options';
import { scopeFit } from './scope-fit';
import { type EvidenceTokens, tokensOf } from './score-tokens';
import type { Candidate } from './types';
import { VOCABULARY, type Vocabulary } from './vocabulary';

/**
 * Scores a described control against every catalogue field of the repertoire.
 *
 * Per wording (label, synonym) of a field: recall R = share of the wording's IDF weight found in
 * the control's words (own words count 1, placeholder/name words 0.85, context 0.7); precision
 * P = share of the control's own words explained by the wording (unknown words weigh as the
 * rarest). Score = P^0.4 · R^0.6, + a bonus for an exact wording. The field keeps its best
 * wording, then kind compatibility, scope (criterion, voie, group), options and input type
 * adjust it.
 */

const UNITS = 6;
const CONTEXT_COVER = 0.7;
const EXACT_BONUS = 0.08;
const MAX_CANDIDATES = 5;

const fieldScopes = VOCABULARY.fields.map((f) => fieldScope(f.id));
let acc = new Float64Array(0);
let accLabel = new Float64Array(0);
let accUnit = new Float64Array(0);

function buffers(n: number): void {
  if (acc.length >= n) return;
  acc = new Float64Array(n);
  accLabel = new Float64Array(n);
  accUnit = new Float64Array(n * UNITS);
}

function wordingScores(ev: EvidenceTokens, vocab: Vocabulary, mask: Uint8Array): Float64Array {
  const { phrases, postings } = vocab;
  buffers(phrases.length);
  const touched: number[] = [];
  for (const [token, info] of ev.tokens) {
    const list = postings.get(token);
    if (!list) continue;
    const w = vocab.weight(token);
    for (const p of list) {
      if (!mask[(phrases[p] as { field: number }).field]) continue;
      if (!acc[p]) touched.push(p);
      acc[p] = (acc[p] ?? 0) + w * info.cover;
      if (!info.units) continue;
      accLabel[p] = (accLabel[p] ?? 0) + info.precisionWeight;
      for (let u = 0; u < UNITS; u++)
        if (info.units & (1 << u))
          accUnit[p * UNITS + u] = (accUnit[p * UNITS + u] ?? 0) + info.precisionWeight;
    }
  }
  const best = new Float64Array(vocab.fields.length);
  for (const p of touched) {
    const phrase = vocab.phrases[p];
    if (!phrase) continue;
    const recall = Math.min(1, (acc[p] ?? 0) / phrase.total);
    let precision = ev.labelWeight ? (accLabel[p] ?? 0) / ev.labelWeight : 0;
    if (ev.unitWeights.length > 1)
      for (let u = 0; u < ev.unitWeights.length; u++) {
        const d = ev.unitWeights[u] ?? 0;
        if (d) precision = Math.max(precision, (0.85 * (accUnit[p * UNITS + u] ?? 0)) / d);
      }
    let s = precision ** 0.4 * recall ** 0.6;
    if (ev.exact.has(phrase.tokens.join(' '))) s += EXACT_BONUS;
    if (ev.weakOnly) s *= 0.8;
    if (s > (best[phrase.field] ?? 0)) best[phrase.field] = s;
    acc[p] = 0;
    accLabel[p] = 0;
    accUnit.fill(0, p * UNITS, p * UNITS + UNITS);
  }
  return best;
}

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

export function scoreDescription(
  desc: ControlDescription,
  repertoire: Repertoire | undefined,
  scope: Scope = detectScope(desc.scopeTexts),
  vocab: Vocabulary = VOCABULARY,
): Candidate[] {
  const ev = tokensOf(desc, vocab, UNITS, CONTEXT_COVER);
  if (!ev.tokens.size) return [];
  const best = wordingScores(ev, vocab, vocab.mask(repertoire));
  const out: Candidate[] = [];
  best.forEach((base, index) => {
    if (base < 0.05) return;
    const score = adjust(desc, scope, index, base, vocab);
    if (score >= 0.05) out.push({ fieldId: vocab.fields[index]?.id ?? '', score: Math.min(1, score) });
  });
  return out.sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
}
