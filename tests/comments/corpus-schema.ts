import { z } from 'zod';

/** One labelled instructor comment of tests/comments/corpus.json. */
export const CorpusItem = z.strictObject({
  id: z.string().regex(/^c\d{3}$/),
  repertoire: z.enum(['RNCP', 'RS']),
  filedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Expected criterion numbers, main one first (a second one when the comment concerns two criteria). */
  expected: z.array(z.string().min(1)).min(1).max(2),
  text: z.string().min(1),
  /** 'holdout' items are never used for tuning. */
  split: z.enum(['dev', 'holdout']),
  note: z.string().optional(),
});
export type CorpusItem = z.infer<typeof CorpusItem>;

export const Corpus = z.array(CorpusItem).min(100);

/** One remark of a letter, as the splitter should give it back (list marker removed, wrapped lines joined). */
export const LetterRemark = z.strictObject({
  text: z.string().min(1),
  /** The title line it sits under (« Critère n° 1 : … »), without its final colon. */
  heading: z.string().min(1).optional(),
  expected: z.array(z.string().min(1)).min(1).max(2),
});

/** A whole instructor letter or e-mail of tests/comments/letters.json. */
export const Letter = z.strictObject({
  id: z.string().regex(/^[lh]\d{2}$/),
  /** 'holdout' letters are never used for tuning. */
  split: z.enum(['dev', 'holdout']),
  kind: z.enum(['letter', 'email']),
  repertoire: z.enum(['RNCP', 'RS']),
  filedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The day the letter reached the certifier (deadlines « à compter de la réception » count from it). */
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The due date the letter sets, or null when it sets none. */
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  text: z.string().min(1),
  remarks: z.array(LetterRemark).min(1),
  /** Every furniture line (letterhead, date, « Objet », greeting, opening, deadline, closing, signature), trimmed. */
  ignored: z.array(z.string().min(1)).min(1),
});
export type Letter = z.infer<typeof Letter>;

export const Letters = z.array(Letter).min(10);
