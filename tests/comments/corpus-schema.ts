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
