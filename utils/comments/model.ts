import { criterionKind } from '@/utils/criteria/labels';
import type { Repertoire } from '@/utils/criteria/types';
import type { KeywordScore } from './score';
import { contentStems } from './tokens';

/**
 * A small statistical text model beside the cue rules: multinomial naive Bayes over the remark's content stems
 * and their bigrams (binary counts per remark), one model per repertoire, trained on the development part of the
 * corpus and on the criteria's own titles, wordings and keywords (scripts/train-linker.ts writes
 * linker-model.json). Its posterior is added to the rule scores (`blendModel`); the rules stay in charge of the
 * refusal grounds and admissibility, which the model never proposes on its own.
 */

/** The committed model file: counts only, log-probabilities are computed on load. */
export interface LinkerModelData {
  version: 1;
  /** Laplace smoothing of the feature counts. */
  alpha: number;
  /** Features (stems and "stem stem" bigrams), sorted. */
  features: string[];
  repertoires: Record<Repertoire, { classes: string[]; counts: string[] }>;
}

interface CompiledClass {
  /** log P(feature | class) of the features seen with the class, by feature index. */
  seen: Map<number, number>;
  /** log P(feature | class) of a known feature never seen with the class. */
  unseen: number;
}

interface CompiledRepertoire {
  classes: string[];
  byClass: CompiledClass[];
}

export interface LinkerModel {
  index: ReadonlyMap<string, number>;
  /** One repertoire's classes, compiled on first use. */
  repertoire(repertoire: Repertoire): CompiledRepertoire;
}

/** The features of a remark: its content stems and their adjacent pairs, each once. */
export function modelFeatures(text: string): string[] {
  const stems = contentStems(text);
  const out = new Set<string>(stems);
  for (let i = 1; i < stems.length; i++) out.add(`${stems[i - 1]} ${stems[i]}`);
  return [...out];
}

/** "3.2 17" → [[3, 2], [17, 1]] (feature index, count; a count of 1 is left out). */
export function parseCounts(encoded: string): [number, number][] {
  if (encoded === '') return [];
  return encoded.split(' ').map((pair) => {
    const [i, c] = pair.split('.');
    return [Number(i), Number(c ?? 1)];
  });
}

export function compileModel(data: LinkerModelData): LinkerModel {
  const index = new Map(data.features.map((f, i) => [f, i]));
  const size = data.features.length;
  const compile = (r: { classes: string[]; counts: string[] }): CompiledRepertoire => ({
    classes: r.classes,
    byClass: r.counts.map((encoded) => {
      const counts = parseCounts(encoded);
      const total = counts.reduce((sum, [, c]) => sum + c, 0);
      const denominator = Math.log(total + data.alpha * size);
      return {
        seen: new Map(counts.map(([i, c]) => [i, Math.log(c + data.alpha) - denominator])),
        unseen: Math.log(data.alpha) - denominator,
      };
    }),
  });
  const compiled = new Map<Repertoire, CompiledRepertoire>();
  return {
    index,
    repertoire(rep) {
      let r = compiled.get(rep);
      if (!r) {
        r = compile(data.repertoires[rep]);
        compiled.set(rep, r);
      }
      return r;
    },
  };
}

export interface Posterior {
  /** P(class | remark) over the allowed classes (uniform prior). */
  probabilities: Map<string, number>;
  /** How many of the remark's features the model knows. */
  known: number;
}

/** Below this many known features, the model's vote is scaled down (a word or two says little). */
const FULL_EVIDENCE = 4;
/** Temperature of the posterior: naive Bayes is overconfident, its log-likelihoods are divided by it. */
export const MODEL_TEMPERATURE = 1;
/** Weight of the model's posterior against the rule scores (chosen by 5-fold cross-validation on dev). */
export const MODEL_WEIGHT = 5;
/** Smallest contribution that makes a criterion a candidate. */
const MIN_CONTRIBUTION = 0.05;

export function posterior(
  model: LinkerModel,
  repertoire: Repertoire,
  features: readonly string[],
  allowed: readonly string[],
  temperature = MODEL_TEMPERATURE,
): Posterior {
  const r = model.repertoire(repertoire);
  const ids = features.map((f) => model.index.get(f)).filter((i): i is number => i !== undefined);
  const logits: [string, number][] = [];
  for (const [k, number] of r.classes.entries()) {
    if (!allowed.includes(number)) continue;
    const c = r.byClass[k];
    if (!c) continue;
    let sum = 0;
    for (const i of ids) sum += c.seen.get(i) ?? c.unseen;
    logits.push([number, sum / temperature]);
  }
  const max = Math.max(...logits.map(([, l]) => l));
  const exp = logits.map(([n, l]) => [n, Math.exp(l - max)] as const);
  const z = exp.reduce((s, [, e]) => s + e, 0);
  return { probabilities: new Map(exp.map(([n, e]) => [n, e / z])), known: ids.length };
}

export interface ModelBlend {
  model: LinkerModel | null;
  weight: number;
  temperature: number;
}

/**
 * Adds the model's vote to the rule scores of `text`. A refusal ground or admissibility only gets it when the
 * rules kept it (the remark states it, or cites R. 6113-8-1): the model never proposes one by itself.
 */
export function blendModel(
  scores: Map<string, KeywordScore>,
  text: string,
  repertoire: Repertoire,
  numbers: readonly string[],
  blend: ModelBlend,
): void {
  if (!blend.model || blend.weight <= 0) return;
  const allowed = numbers.filter((n) => criterionKind(n) === 'criterion' || scores.has(n));
  for (const [number, extra] of modelVote(blend, repertoire, modelFeatures(text), allowed)) {
    const current = scores.get(number) ?? { number, score: 0, terms: [] };
    current.score += extra;
    scores.set(number, current);
  }
}

/**
 * What the model adds to each allowed criterion's score: its posterior times the blend weight, scaled down when
 * it knows few of the remark's features; contributions too small to matter are left out.
 */
export function modelVote(
  blend: ModelBlend,
  repertoire: Repertoire,
  features: readonly string[],
  allowed: readonly string[],
): Map<string, number> {
  const vote = new Map<string, number>();
  if (!blend.model || blend.weight <= 0 || allowed.length === 0) return vote;
  const { probabilities, known } = posterior(blend.model, repertoire, features, allowed, blend.temperature);
  if (known === 0) return vote;
  const evidence = Math.min(1, known / FULL_EVIDENCE);
  for (const [number, p] of probabilities) {
    const extra = blend.weight * evidence * p;
    if (extra >= MIN_CONTRIBUTION) vote.set(number, extra);
  }
  return vote;
}
