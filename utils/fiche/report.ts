import type { Repertoire } from '../catalogue';

/** One line of what was imported: a field, or a repeated group with its item count. */
export interface ImportedLine {
  /** Catalogue id of a field (`fiche.intitule`) or id of a group (`partenaires`). */
  id: string;
  label: string;
  /** Items of a group, values of a multiselect; 1 for a plain field. */
  count: number;
  /** A long text whose flattened lists came back as lists. */
  listsRestored: boolean;
}

/** Elements of the fiche left out, known (with why) or unknown to the reader. */
export interface LeftOutLine {
  path: string;
  count: number;
  sample: string;
  /** Why it is not imported; null for an element the reader does not know. */
  reason: string | null;
}

/** What the renewal took from the fiche and what it did not: shown after the import, never a failure. */
export interface FicheImportReport {
  numero: string;
  intitule: string;
  repertoire: Repertoire;
  /** The registration being renewed, dates as YYYY-MM-DD. */
  registration: {
    etat: string | null;
    type: string | null;
    decidedOn: string | null;
    endsOn: string | null;
    years: number | null;
  };
  imported: ImportedLine[];
  /** Number of values written into the dossier (each field, each member of each item). */
  valueCount: number;
  /** Known elements with no place in a request (registration dates, code labels…). */
  skipped: LeftOutLine[];
  /** Elements the reader does not know: kept here with a sample of their content. */
  unknown: LeftOutLine[];
  /** Values found but not usable (not a number, not one of the platform's choices…). */
  warnings: string[];
}
