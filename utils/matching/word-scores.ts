import type { Repertoire } from '../catalogue/types';
import type { ControlDescription } from './description';
import { labelShape, shapeFactor } from './label-shape';
import { type EvidenceTokens, tokensOf } from './score-tokens';
import { VOCABULARY, type Vocabulary } from './vocabulary';

/**
 * Word scores of a described control against the catalogue fields of the repertoire.
 *
 * Recall R (per wording of the field: label, short label, synonym): share of the wording's IDF
 * weight found among the control's words — own words count 1, placeholder/name words 0.85,
 * context (legends, headings, tab) 0.7. Precision P (per field): share of the control's own
 * words (label, aria, legend of its group, column/row header) that belong to the field's
 * vocabulary; a word no field uses weighs as the rarest. Base = P^0.4 · R^0.6 (best wording),
 * + a bonus for an exact wording, × 0.8 when only weak words name the control, × the label's
 * shape factor (label-shape.ts).
 */

const UNITS = 6;
const CONTEXT_COVER = 0.7;
const EXACT_BONUS = 0.08;

// Scratch buffers reused by every call (a scan scores its controls one after the other).
let acc = new Float64Array(0);
let best = new Float64Array(0);
let labelAcc = new Float64Array(0);
let unitAcc = new Float64Array(0);
/** Per field, precision ** 0.4 once computed for this control (NaN: not yet). */
let precisionPow = new Float64Array(0);

function ensureBuffers(vocab: Vocabulary): void {
  if (acc.length < vocab.phrases.length) acc = new Float64Array(vocab.phrases.length);
  if (best.length < vocab.fields.length) {
    best = new Float64Array(vocab.fields.length);
    labelAcc = new Float64Array(vocab.fields.length);
    unitAcc = new Float64Array(vocab.fields.length * UNITS);
    precisionPow = new Float64Array(vocab.fields.length).fill(Number.NaN);
  }
}

/** Per field, the weight of the label words its vocabulary holds (precision numerators). */
function accumulatePrecision(ev: EvidenceTokens, vocab: Vocabulary, mask: Uint8Array): number[] {
  const touched: number[] = [];
  for (let i = 0; i < ev.tokens.length; i++) {
    const units = ev.units[i] ?? 0;
    if (!units) continue;
    const pw = ev.precisionWeight[i] ?? 0;
    const list = vocab.fieldPostings.get(ev.tokens[i] as string);
    if (!list) continue;
    for (const f of list) {
      if (!mask[f]) continue;
      if (!labelAcc[f]) touched.push(f);
      labelAcc[f] = (labelAcc[f] ?? 0) + pw;
      for (let u = 0; u < UNITS; u++)
        if (units & (1 << u)) unitAcc[f * UNITS + u] = (unitAcc[f * UNITS + u] ?? 0) + pw;
    }
  }
  return touched;
}

function precisionOf(ev: EvidenceTokens, f: number): number {
  let p = ev.labelWeight ? (labelAcc[f] ?? 0) / ev.labelWeight : 0;
  if (ev.labelTexts > 1)
    for (let u = 0; u < ev.unitWeights.length; u++) {
      const d = ev.unitWeights[u] ?? 0;
      if (d) p = Math.max(p, (0.85 * (unitAcc[f * UNITS + u] ?? 0)) / d);
    }
  return p;
}

/** Best wording score per field, written into `best`; returns the fields it touched. */
function wordingScores(ev: EvidenceTokens, vocab: Vocabulary, mask: Uint8Array): number[] {
  const { phraseField, phraseTotal, postings, phrases } = vocab;
  ensureBuffers(vocab);
  const fields = accumulatePrecision(ev, vocab, mask);
  if (!fields.length) return fields;
  const touched: number[] = [];
  for (let i = 0; i < ev.tokens.length; i++) {
    const list = postings.get(ev.tokens[i] as string);
    if (!list) continue;
    const gain = vocab.weight(ev.tokens[i] as string) * (ev.cover[i] ?? 0);
    for (const p of list) {
      if (!labelAcc[phraseField[p] ?? 0]) continue;
      if (!acc[p]) touched.push(p);
      acc[p] = (acc[p] ?? 0) + gain;
    }
  }
  for (const p of touched) {
    const field = phraseField[p] ?? 0;
    const recall = Math.min(1, (acc[p] ?? 0) / (phraseTotal[p] ?? 1));
    acc[p] = 0;
    let pp = precisionPow[field] as number;
    if (Number.isNaN(pp)) {
      pp = precisionOf(ev, field) ** 0.4;
      precisionPow[field] = pp;
    }
    let s = pp * recall ** 0.6;
    if (ev.exact.includes(phrases[p]?.key ?? '')) s += EXACT_BONUS;
    if (ev.weakOnly) s *= 0.8;
    if (s > (best[field] ?? 0)) best[field] = s;
  }
  for (const f of fields) {
    labelAcc[f] = 0;
    precisionPow[f] = Number.NaN;
    unitAcc.fill(0, f * UNITS, f * UNITS + UNITS);
  }
  return fields;
}

/** Word scores of a description, before options and adjustments: what evidenceKey identifies. */
export interface WordScores {
  /** Field indexes, in the order the scorer met them. */
  fields: number[];
  scores: number[];
  negative: number;
}

export function wordScoresOf(
  desc: ControlDescription,
  repertoire: Repertoire | undefined,
  vocab: Vocabulary = VOCABULARY,
): WordScores {
  const ev = tokensOf(desc, vocab, UNITS, CONTEXT_COVER);
  const mask = vocab.mask(repertoire);
  const fields = ev.tokens.length ? wordingScores(ev, vocab, mask) : [];
  const shape = labelShape(desc.own, vocab);
  const scores = fields.map((f) => {
    const s = (best[f] ?? 0) * shapeFactor(shape, f, vocab);
    best[f] = 0;
    return s;
  });
  return { fields, scores, negative: ev.negative };
}
