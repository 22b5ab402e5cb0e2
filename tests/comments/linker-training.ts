/**
 * Training data and cross-validation of the linker's text model (utils/comments/model.ts). Reads the
 * development part of the corpus ONLY: held-out items are filtered out before anything else looks at them, and
 * the trainer refuses any item that is not `split: 'dev'`.
 */

import { linkItem } from '../../utils/comments/link';
import { compileModel, MODEL_TEMPERATURE, type ModelBlend } from '../../utils/comments/model';
import { type TrainingDoc, trainModel } from '../../utils/comments/model-train';
import { allCriteria, criteriaForRules } from '../../utils/criteria/criteria-for';
import { criterionKind, isRefusalOrAdmissibility } from '../../utils/criteria/labels';
import type { CriterionRecord, Repertoire } from '../../utils/criteria/types';
import { loadCorpus, loadLetters } from './evaluate';

/** One labelled remark of the development part. */
export interface DevItem {
  id: string;
  /** Items of one letter share a group (they go to the same fold). */
  group: string;
  split: 'dev';
  repertoire: Repertoire;
  filedOn?: string;
  expected: string[];
  text: string;
  heading?: string;
}

/** The development part: single remarks and remarks of letters. Held-out items are dropped unread. */
export function devItems(): DevItem[] {
  const out: DevItem[] = [];
  for (const c of loadCorpus()) {
    if (c.split !== 'dev') continue;
    out.push({
      id: c.id,
      group: c.id,
      split: 'dev',
      repertoire: c.repertoire,
      ...(c.filedOn ? { filedOn: c.filedOn } : {}),
      expected: c.expected,
      text: c.text,
    });
  }
  for (const l of loadLetters()) {
    if (l.split !== 'dev') continue;
    for (const [i, r] of l.remarks.entries()) {
      out.push({
        id: `${l.id}.${i + 1}`,
        group: l.id,
        split: 'dev',
        repertoire: l.repertoire,
        filedOn: l.filedOn,
        expected: r.expected,
        text: r.text,
        ...(r.heading ? { heading: r.heading } : {}),
      });
    }
  }
  return out;
}

/**
 * The criteria's own texts (title, wording, previous wording, keywords) as training texts; `records` are today's
 * criteria, or an older commit's (scripts/linker-forward.ts).
 */
export function criteriaDocs(records: readonly CriterionRecord[] = allCriteria()): TrainingDoc[] {
  const out: TrainingDoc[] = [];
  for (const r of records) {
    if (criterionKind(r.number) === 'rule') continue;
    const reps: Repertoire[] = r.repertoire === 'both' ? ['RNCP', 'RS'] : [r.repertoire];
    for (const repertoire of reps) {
      const id = `criterion:${repertoire}:${r.number}`;
      const base = { repertoire, number: r.number };
      out.push({ ...base, id: `${id}:wording`, text: `${r.title}. ${r.fullText}` });
      if (r.previousWording) out.push({ ...base, id: `${id}:previous`, text: r.previousWording });
      for (const [k, keyword] of r.keywords.entries())
        out.push({ ...base, id: `${id}:keyword${k}`, text: keyword });
    }
  }
  return out;
}

/** Every criterion number of a repertoire, under either rule set, in the domain file's order. */
export function modelClasses(): Record<Repertoire, string[]> {
  const of = (rep: Repertoire) => [
    ...new Set(
      [true, false].flatMap((newRules) =>
        criteriaForRules(rep, newRules)
          .filter((c) => c.kind !== 'rule')
          .map((c) => c.number),
      ),
    ),
  ];
  return { RNCP: of('RNCP'), RS: of('RS') };
}

export const itemText = (i: { text: string; heading?: string }) => `${i.heading ?? ''} ${i.text}`.trim();

/** Trains the model on development items (and the criteria's texts); throws on any other item. */
export function trainOnDev(items: readonly DevItem[]) {
  const docs: TrainingDoc[] = items.map((i) => {
    if (i.split !== 'dev') throw new Error(`${i.id} n’appartient pas à la partie de développement`);
    return { id: i.id, repertoire: i.repertoire, number: i.expected[0] ?? '', text: itemText(i) };
  });
  return trainModel([...docs, ...criteriaDocs()], modelClasses());
}

export const FOLDS = 5;
/** Deterministic fold of a group (letters stay whole). */
export function foldOf(group: string): number {
  let h = 0;
  for (const ch of group) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

export interface CvResult {
  weight: number;
  temperature: number;
  n: number;
  top1: number;
  /** Items where a refusal ground or admissibility was proposed (linked or runner-up) and is not expected. */
  unsafe: number;
}

/**
 * K-fold cross-validation on the development part: for each fold, the model is trained on the other folds and
 * the fold is linked with the rules plus the model at each weight (weight 0 = the rules alone).
 */
export function crossValidate(
  weights: readonly number[],
  temperatures: readonly number[] = [MODEL_TEMPERATURE],
): CvResult[] {
  const items = devItems();
  const results = new Map<string, CvResult>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = items.filter((i) => foldOf(i.group) === fold);
    const model = compileModel(trainOnDev(items.filter((i) => foldOf(i.group) !== fold)));
    for (const temperature of temperatures) {
      for (const weight of weights) {
        const blend: ModelBlend = { model: weight > 0 ? model : null, weight, temperature };
        const key = `${weight}|${temperature}`;
        const r = results.get(key) ?? { weight, temperature, n: 0, top1: 0, unsafe: 0 };
        for (const i of test) {
          const linked = linkItem(
            { text: i.text, ...(i.heading ? { heading: i.heading } : {}) },
            { repertoire: i.repertoire, ...(i.filedOn ? { filedOn: i.filedOn } : {}) },
            blend,
          );
          const top = linked.criterion?.number ?? null;
          r.n++;
          if (top === i.expected[0]) r.top1++;
          const proposed = [top, linked.runnerUp?.number ?? null];
          if (proposed.some((n) => isRefusalOrAdmissibility(n) && !i.expected.includes(n))) r.unsafe++;
        }
        results.set(key, r);
      }
    }
  }
  return [...results.values()].map((r) => ({ ...r, top1: r.top1 / r.n }));
}
