import { type DeadlineRule, dueDate, findDeadlines } from './deadline';
import { findLetterDate } from './letter-date';

/** The deadline of a letter, with what it was computed from. */
export interface LetterDeadline {
  /** YYYY-MM-DD. */
  dueOn: string;
  rule: DeadlineRule;
  /** The words that set it and their sentence, as written. */
  words: string;
  sentence: string;
  /** The day the letter was received (durations « à compter de la réception » count from it). */
  receivedOn: string;
  /** The letter's own date when it states one. */
  letterDate: string | null;
}

/**
 * The deadline of a pasted letter or e-mail: of all the deadlines it sets, the one that falls first, computed
 * from the day it was received (or from its own date when it says « à compter de la date du présent courrier »).
 */
export function letterDeadline(lines: readonly string[], receivedOn: string): LetterDeadline | null {
  const letterDate = findLetterDate(lines);
  let best: LetterDeadline | null = null;
  for (const m of findDeadlines(lines.join('\n'))) {
    const dueOn = dueDate(m.rule, receivedOn, letterDate);
    if (dueOn && (!best || dueOn < best.dueOn)) {
      best = { dueOn, rule: m.rule, words: m.words, sentence: m.sentence, receivedOn, letterDate };
    }
  }
  return best;
}

/** The same deadline for another day of receipt (the user corrects « Reçue le »). */
export function withReceivedOn(deadline: LetterDeadline, receivedOn: string): LetterDeadline {
  const dueOn = dueDate(deadline.rule, receivedOn, deadline.letterDate) ?? deadline.dueOn;
  return { ...deadline, dueOn, receivedOn };
}
