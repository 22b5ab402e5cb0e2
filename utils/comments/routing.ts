import type { Repertoire } from '@/utils/criteria/types';
import type { Topic } from './cues';

/** Where a topic's cues count, with a weight: [criterion number, weight]. */
export type Route = ReadonlyArray<readonly [string, number]>;

type Routing = Partial<Record<Topic, Route>>;

const COMMON: Routing = {
  referentials: [['3', 1]],
  transitions: [['3', 1]],
  perimeter: [['3', 0.6]],
  control: [['4', 1]],
  regulation: [['5', 1]],
  vae: [['6', 1]],
  blocs: [['7', 1]],
  blocEvaluation: [['7', 1]],
  correspondences: [['8', 1]],
  branch: [['9', 1]],
  insertionData: [['1', 1]],
  comparison: [['2', 1]],
  careerImpact: [['2', 1]],
  marketNeed: [['1', 0.5]],
  admin: [['recevabilite', 1]],
};

const RNCP_NEW: Routing = {
  ...COMMON,
  means: [['2 bis', 1]],
  programme: [['2 ter', 1]],
  falseData: [['R6113-8-1 1°', 1]],
  copy: [['R6113-8-1 2°', 1]],
  misleading: [['R6113-8-1 3°', 1]],
};

const RNCP_OLD: Routing = { ...COMMON, falseData: [['1', 0.8]], copy: [['3', 1]] };

const RS_COMMON: Routing = {
  referentials: [['2', 1]],
  transitions: [['2', 1]],
  perimeter: [
    ['2', 1],
    ['1', 0.7],
  ],
  control: [['3', 1]],
  regulation: [['4', 1]],
  correspondences: [['5', 1]],
  blocs: [['5', 0.5]],
  branch: [['6', 1]],
  comparison: [['1', 1]],
  marketNeed: [['1', 1]],
  renewalReport: [['1', 1]],
  admin: [['recevabilite', 1]],
};

const RS_NEW: Routing = {
  ...RS_COMMON,
  insertionData: [['1 bis', 1]],
  careerImpact: [['1 bis', 1]],
  trainingPurpose: [['1 ter', 1]],
  means: [['1 quater', 1]],
  programme: [['1 quinquies', 1]],
  falseData: [['R6113-8-1 1°', 1]],
  copy: [['R6113-8-1 2°', 1]],
  misleading: [['R6113-8-1 3°', 1]],
};

const RS_OLD: Routing = {
  ...RS_COMMON,
  insertionData: [['1', 0.8]],
  careerImpact: [['1', 0.8]],
  falseData: [['1', 0.8]],
  copy: [['2', 1]],
};

/** Routing of the cue topics for a repertoire and rule set. */
export function topicRouting(repertoire: Repertoire, newRules: boolean): Routing {
  if (repertoire === 'RNCP') return newRules ? RNCP_NEW : RNCP_OLD;
  return newRules ? RS_NEW : RS_OLD;
}

/**
 * Where the keywords of an entry that does not apply (new items before 1 October 2025, the II rule) count instead,
 * e.g. the literal-copy ground R. 6113-8-1 2° was part of RNCP 3° before the 2025 decree.
 */
export function keywordFallback(repertoire: Repertoire, number: string): Route {
  const table: Record<string, Route> =
    repertoire === 'RNCP'
      ? { II: [['1', 0.8]], 'R6113-8-1 1°': [['1', 0.8]], 'R6113-8-1 2°': [['3', 1]] }
      : { '1 bis': [['1', 0.8]], 'R6113-8-1 1°': [['1', 0.8]], 'R6113-8-1 2°': [['2', 1]] };
  return table[number] ?? [];
}
