import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Schema of one criteria entry (the domain file's shape, `source` optional because it is stripped). */
export const CriterionRecordSchema = z.strictObject({
  repertoire: z.enum(['RNCP', 'RS', 'both']),
  number: z.string().regex(/^(\d( (bis|ter|quater|quinquies))?|II|R6113-8-1 [1-3]°|recevabilite)$/),
  title: z.string().min(1),
  fullText: z.string().min(1),
  source: z.string().optional(),
  keywords: z.array(z.string().min(1)).min(1),
  previousWording: z.string().min(1).optional(),
  appliesFrom: isoDate.optional(),
  notApplicableTo: z.string().optional(),
  doctrine: z.string().optional(),
  relatedText: z.string().optional(),
  note: z.string().optional(),
});

export const CriteriaDataSchema = z.array(CriterionRecordSchema).min(1);
