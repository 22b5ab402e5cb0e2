import { z } from 'zod';

/** One line of what was imported: a field, or a repeated group with its item count. */
export const ImportedLine = z.object({
  /** Catalogue id of a field (`fiche.intitule`) or id of a group (`partenaires`). */
  id: z.string(),
  label: z.string(),
  /** Items of a group, values of a multiselect; 1 for a plain field. */
  count: z.number().int().nonnegative(),
  /** A long text whose flattened lists came back as lists. */
  listsRestored: z.boolean(),
});
export type ImportedLine = z.infer<typeof ImportedLine>;

/** An element of the fiche left out, known (with why) or unknown to the reader (reason null). */
export const LeftOutLine = z.object({
  path: z.string(),
  count: z.number().int().nonnegative(),
  sample: z.string(),
  reason: z.string().nullable(),
});
export type LeftOutLine = z.infer<typeof LeftOutLine>;

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

/** What the renewal took from the fiche and what it did not: shown after the import, never a failure. */
export const FicheImportReport = z.object({
  numero: z.string(),
  intitule: z.string(),
  repertoire: z.enum(['RNCP', 'RS']),
  /** The registration being renewed. */
  registration: z.object({
    etat: z.string().nullable(),
    type: z.string().nullable(),
    decidedOn: IsoDay,
    endsOn: IsoDay,
    years: z.number().nullable(),
  }),
  imported: z.array(ImportedLine),
  /** Number of values written into the dossier (each field, each member of each item). */
  valueCount: z.number().int().nonnegative(),
  /** Known elements with no place in a request (registration dates, code labels…). */
  skipped: z.array(LeftOutLine),
  /** Elements the reader does not know, kept with a sample of their content. */
  unknown: z.array(LeftOutLine),
  /** Values found but not usable (not a number, not one of the platform's choices…). */
  warnings: z.array(z.string()),
});
export type FicheImportReport = z.infer<typeof FicheImportReport>;
