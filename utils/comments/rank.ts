import { parseRepertoire } from '@/utils/criteria/criteria-for';
import { isNewRules } from '@/utils/criteria/filing-date';
import { criterionKind, numberLabel } from '@/utils/criteria/labels';
import {
  CONTRADICTED_PENALTY,
  EXPLICIT_CONFIDENCE,
  HEADING_CONFIDENCE,
  keywordConfidence,
  SECOND_EXPLICIT_CONFIDENCE,
  STRONG_SCORE,
} from './confidence';
import { findExplicitRefs } from './explicit-refs';
import { weighHolderData } from './holder-data';
import { lexiconFor } from './lexicon';
import { blendModel, type ModelBlend } from './model';
import { defaultBlend, RULES_ONLY } from './model-default';
import { resolveRefs } from './resolve';
import { type KeywordScore, mergeScores, scoreKeywords } from './score';
import type { SplitItem } from './split';
import { boostStated, dropUnstated } from './stated-grounds';
import { contentStems } from './tokens';
import { weighTrainingActions, weighVaeMeans } from './training-actions';
import type { Candidate, LinkOptions } from './types';

/** Longest part of one comment that is analysed (the text itself is kept whole). */
export const MAX_ANALYSED_CHARS = 10_000;
/** Highest confidence of a criterion that only the text model proposes (under « à confirmer »). */
const MODEL_ONLY_CONFIDENCE = 0.4;
const MODEL_REASON = 'la remarque ressemble aux remarques déjà rattachées à ce critère';
/** Weight of the words of an item's title line. */
const HEADING_WEIGHT = 0.5;

const termsReason = (s: KeywordScore | undefined) =>
  s && s.terms.length > 0
    ? [
        `la remarque emploie ${s.terms
          .slice(0, 6)
          .map((t) => `« ${t} »`)
          .join(', ')}`,
      ]
    : [];

/** What the rules find in one comment before the text model votes (computed once, ranked with and without it). */
interface Evidence {
  repertoire: ReturnType<typeof parseRepertoire>;
  lexicon: ReturnType<typeof lexiconFor>;
  newRules: boolean;
  resolution: ReturnType<typeof resolveRefs>;
  fromHeading: boolean;
  scores: Map<string, KeywordScore>;
  stems: string[];
  /** The title line and the analysed text, as the model and the stated-ground tests read them. */
  whole: string;
}

function evidenceOf(item: SplitItem | string, options: LinkOptions): Evidence {
  const repertoire = parseRepertoire(options.repertoire);
  const newRules = isNewRules(options.filedOn);
  const lexicon = lexiconFor(repertoire, newRules);
  const { text, heading } = typeof item === 'string' ? { text: item, heading: undefined } : item;
  const analysed = text.slice(0, MAX_ANALYSED_CHARS);
  const head = heading?.slice(0, MAX_ANALYSED_CHARS);
  const whole = `${head ?? ''} ${analysed}`;

  let fromHeading = false;
  let resolution = resolveRefs(findExplicitRefs(analysed), repertoire, newRules);
  if (resolution.resolved.length === 0 && !resolution.refusalOnly && head) {
    resolution = resolveRefs(findExplicitRefs(head), repertoire, newRules);
    fromHeading = true;
  }
  const scores = scoreKeywords(analysed, lexicon);
  if (head) mergeScores(scores, scoreKeywords(head, lexicon, HEADING_WEIGHT));
  const stems = contentStems(whole);
  weighHolderData(scores, stems, repertoire, newRules);
  weighTrainingActions(scores, stems, repertoire, newRules);
  // A refusal ground or admissibility is only proposed when the remark states it (or cites R. 6113-8-1).
  if (!resolution.refusalOnly) dropUnstated(scores, whole, repertoire, newRules);
  return { repertoire, lexicon, newRules, resolution, fromHeading, scores, stems, whole };
}

function rankWith(evidence: Evidence, blend: ModelBlend): Candidate[] {
  const { repertoire, lexicon, newRules, resolution, fromHeading, stems, whole } = evidence;
  // A copy: the rules' scores serve twice (with the model's vote, then without it).
  const scores = new Map([...evidence.scores].map(([n, s]) => [n, { ...s, terms: [...s.terms] }]));
  // The text model's vote, after the unstated grounds are gone; the rules that put one criterion before another
  // (the means of VAE before the VAE route, a stated ground before the criteria) come after it and stay in charge.
  blendModel(scores, whole, repertoire, lexicon.numbers, blend);
  weighVaeMeans(scores, stems, repertoire, newRules);
  boostStated(scores, whole, lexicon.numbers);

  let ranked = [...scores.values()].filter((s) => lexicon.numbers.includes(s.number));
  if (resolution.refusalOnly && resolution.resolved.length === 0) {
    ranked = lexicon.numbers
      .filter((n) => criterionKind(n) === 'refusal')
      .map((n) => scores.get(n) ?? { number: n, score: 0, terms: [] });
  }
  ranked.sort(
    (a, b) => b.score - a.score || lexicon.numbers.indexOf(a.number) - lexicon.numbers.indexOf(b.number),
  );
  const best = ranked[0]?.score ?? 0;
  const second = ranked[1]?.score ?? 0;

  const candidates: Candidate[] = resolution.resolved.map((r, i) => {
    const own = scores.get(r.number);
    let confidence =
      i > 0 ? SECOND_EXPLICIT_CONFIDENCE : fromHeading ? HEADING_CONFIDENCE : EXPLICIT_CONFIDENCE;
    const reasons = [`la remarque cite « ${r.ref.match} »${fromHeading ? ' (titre de la rubrique)' : ''}`];
    reasons.push(...r.notes, ...termsReason(own));
    const top = ranked[0];
    if (i === 0 && top && top.number !== r.number && best >= STRONG_SCORE && (own?.score ?? 0) < best / 4) {
      confidence -= CONTRADICTED_PENALTY;
      reasons.push(`les termes employés évoquent plutôt le ${numberLabel(top.number)}`);
    }
    return { number: r.number, confidence, score: own?.score ?? 0, explicit: true, reasons };
  });
  if (resolution.refusalOnly) {
    const cited = 'la remarque cite l’article R. 6113-8-1 (refus sans examen)';
    if (candidates.length === 0 && ranked[0]) {
      const top = ranked[0];
      candidates.push({
        number: top.number,
        confidence: 0.6,
        score: top.score,
        explicit: true,
        reasons: [cited],
      });
      candidates[0]?.reasons.push(...termsReason(top));
    }
  }
  const factor = candidates.length > 0 ? 0.5 : 1;
  for (const s of ranked) {
    if (s.score <= 0 || candidates.some((c) => c.number === s.number)) continue;
    const confidence = Math.round(keywordConfidence(s.score, best, second) * factor * 100) / 100;
    candidates.push({
      number: s.number,
      confidence,
      score: s.score,
      explicit: false,
      reasons: termsReason(s),
    });
  }
  return candidates;
}

/**
 * All candidate criteria for one comment, best first: explicit references ("critère 3", "2° bis",
 * "R. 6113-9 4°", "recevabilité"…) in order of appearance — the item's own, else its title line's — then the
 * criteria whose keywords and cues occur in the text, by decreasing score — the rule score plus the vote of the
 * text model (model.ts; `RULES_ONLY` for the rules alone).
 */
export function rankItem(
  item: SplitItem | string,
  options: LinkOptions,
  blend: ModelBlend = defaultBlend(),
): Candidate[] {
  const evidence = evidenceOf(item, options);
  const ranked = rankWith(evidence, blend);
  if (!blend.model || blend.weight <= 0) return ranked;
  // The order is the blend's; the confidence stays the rules' own (« à confirmer » keeps its meaning), and a
  // criterion only the model proposes is always to be confirmed.
  const rules = new Map(rankWith(evidence, RULES_ONLY).map((c) => [c.number, c]));
  return ranked.map((c) => {
    const own = rules.get(c.number);
    if (own) return { ...c, confidence: own.confidence };
    return {
      ...c,
      confidence: Math.min(MODEL_ONLY_CONFIDENCE, c.confidence),
      reasons: [...c.reasons, MODEL_REASON],
    };
  });
}
