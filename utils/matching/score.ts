import type { Repertoire } from '../catalogue/types';
import { detectScope, fieldScope, type Scope } from './cues';
import type { ControlDescription } from './description';
import { kindFit, typeCue } from './kinds';
import { optionAgreement, optionEvidence } from './options';
import { scopeFit } from './scope-fit';
import { type EvidenceTokens, tokensOf } from './score-tokens';
import type { Candidate } from './types';
import { VOCABULARY, type Vocabulary } from './vocabulary';

/**
 * Scores a described control against every catalogue field of the repertoire.
 *
 * Recall R (per wording of the field: label, short label, synonym): share of the wording's IDF
 * weight found among the control's words — own words count 1, placeholder/name words 0.85,
 * context (legends, headings, tab) 0.7. Precision P (per field): share of the control's own
 * words (label, aria, legend of its group, column/row header) that belong to the field's
 * vocabulary; a word no field uses weighs as the rarest. Base = P^0.4 · R^0.6 (best wording),
 * + a bonus for an exact wording, × 0.8 when only weak words name the control. Then kind
 * compatibility, scope (criterion, voie, group), options and input type adjust it.
 */

const UNITS = 6;
const CONTEXT_COVER = 0.7;
const EXACT_BONUS = 0.08;
const MAX_CANDIDATES = 5;

const fieldScopes = VOCABULARY.fields.map((f) => fieldScope(f.id));
let acc = new Float64Array(0);

function precisions(ev: EvidenceTokens, vocab: Vocabulary, mask: Uint8Array): Float64Array {
  const n = vocab.fields.length;
  const label = new Float64Array(n);
  const units = new Float64Array(n * UNITS);
  for (const [token, info] of ev.tokens) {
    if (!info.units) continue;
    for (const f of vocab.fieldPostings.get(token) ?? []) {
      if (!mask[f]) continue;
      label[f] = (label[f] ?? 0) + info.precisionWeight;
      for (let u = 0; u < UNITS; u++)
        if (info.units & (1 << u)) units[f * UNITS + u] = (units[f * UNITS + u] ?? 0) + info.precisionWeight;
    }
  }
  const out = new Float64Array(n);
  for (let f = 0; f < n; f++) {
    let p = ev.labelWeight ? (label[f] ?? 0) / ev.labelWeight : 0;
    if (ev.unitWeights.length > 1)
      for (let u = 0; u < ev.unitWeights.length; u++) {
        const d = ev.unitWeights[u] ?? 0;
        if (d) p = Math.max(p, (0.85 * (units[f * UNITS + u] ?? 0)) / d);
      }
    out[f] = p;
  }
  return out;
}

function wordingScores(ev: EvidenceTokens, vocab: Vocabulary, mask: Uint8Array): Float64Array {
  const { phrases, postings } = vocab;
  if (acc.length < phrases.length) acc = new Float64Array(phrases.length);
  const touched: number[] = [];
  for (const [token, info] of ev.tokens) {
    const w = vocab.weight(token);
    for (const p of postings.get(token) ?? []) {
      if (!mask[(phrases[p] as { field: number }).field]) continue;
      if (!acc[p]) touched.push(p);
      acc[p] = (acc[p] ?? 0) + w * info.cover;
    }
  }
  const precision = precisions(ev, vocab, mask);
  const best = new Float64Array(vocab.fields.length);
  for (const p of touched) {
    const phrase = phrases[p];
    if (!phrase) continue;
    const recall = Math.min(1, (acc[p] ?? 0) / phrase.total);
    acc[p] = 0;
    let s = (precision[phrase.field] ?? 0) ** 0.4 * recall ** 0.6;
    if (ev.exact.has(phrase.tokens.join(' '))) s += EXACT_BONUS;
    if (ev.weakOnly) s *= 0.8;
    if (s > (best[phrase.field] ?? 0)) best[phrase.field] = s;
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
  const mask = vocab.mask(repertoire);
  const best = ev.tokens.size ? wordingScores(ev, vocab, mask) : new Float64Array(vocab.fields.length);
  for (const [index, base] of optionEvidence(desc.options, vocab.fields, mask))
    best[index] = Math.max(best[index] ?? 0, base);
  const out: Candidate[] = [];
  best.forEach((base, index) => {
    if (base < 0.05) return;
    const score = adjust(desc, scope, index, base * ev.negative, vocab);
    if (score >= 0.05) out.push({ fieldId: vocab.fields[index]?.id ?? '', score });
  });
  return out.sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
}
