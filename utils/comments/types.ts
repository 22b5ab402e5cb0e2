import type { CriterionScope, Repertoire } from '@/utils/criteria/types';

import type { LetterDeadline } from './letter-deadline';
import type { IgnoredLine } from './split';

export type { LetterDeadline } from './letter-deadline';
export type { IgnoredLine, SplitItem, SplitResult } from './split';

/** The dossier the comments are about. */
export interface LinkOptions {
  repertoire: Repertoire;
  /** Filing date of the request, YYYY-MM-DD (default: today's rules). */
  filedOn?: string;
}

/** The criterion a comment is linked to, worded for the dossier's filing date. */
export interface LinkedCriterion {
  repertoire: CriterionScope;
  /** As in fc-criteria.json: "1", "2 bis", "1 quinquies", "R6113-8-1 2°", "recevabilite". */
  number: string;
  title: string;
  wording: string;
}

export interface RunnerUp {
  number: string;
  confidence: number;
}

/** A candidate criterion for one comment, best first in `rankItem`'s answer. */
export interface Candidate {
  number: string;
  /** 0..1 */
  confidence: number;
  /** Keyword score (explicit references rank above any score). */
  score: number;
  explicit: boolean;
  /** French explanations. */
  reasons: string[];
}

/** One comment linked to a criterion and to the dossier fields to correct. */
export interface LinkedComment {
  /** Original wording, trimmed — display it as text, never as HTML. */
  text: string;
  heading?: string;
  /** Index of its first line in the pasted text. */
  line?: number;
  /** null when nothing in the comment points to a criterion. */
  criterion: LinkedCriterion | null;
  confidence: number;
  reasons: string[];
  /** The next candidate when it is close (or explicitly cited too). */
  runnerUp: RunnerUp | null;
  /** Catalogue ids to correct, most specific first (dossier fields then attachments). */
  fields: string[];
  /** The attachment (file) fields among `fields`. */
  attachments: string[];
}

export interface LinkResult {
  items: LinkedComment[];
  /** The letter's furniture (letterhead, greeting, deadline sentence, signature…), kept out of `items`. */
  ignored: IgnoredLine[];
  /** The due date the letter sets, if any. */
  deadline: LetterDeadline | null;
  truncated: boolean;
  notice?: string;
}
