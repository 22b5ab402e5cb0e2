/** Types of the registration criteria (RNCP R. 6113-9, RS R. 6113-11, R. 6113-8-1, admissibility). */

export type Repertoire = 'RNCP' | 'RS';
export type CriterionScope = Repertoire | 'both';

/** One entry of shared/domain/fc-criteria.json, without its `source` string. */
export interface CriterionRecord {
  repertoire: CriterionScope;
  /** As in the domain file: "1", "2 bis", "1 quinquies", "II", "R6113-8-1 2°", "recevabilite". */
  number: string;
  title: string;
  fullText: string;
  keywords: readonly string[];
  /** 2021–2025 wording, shown for requests filed before 1 October 2025. */
  previousWording?: string;
  /** First filing date (YYYY-MM-DD) from which the item exists. */
  appliesFrom?: string;
  notApplicableTo?: string;
  doctrine?: string;
  relatedText?: string;
  note?: string;
}

/**
 * What an entry is: a registration criterion, a rule used when commenting (R. 6113-9 II),
 * a ground for refusal without examination (R. 6113-8-1) or the admissibility check.
 */
export type CriterionKind = 'criterion' | 'rule' | 'refusal' | 'admissibility';

export type WordingVersion = 'current' | 'previous';

/** A criterion as it applies to one dossier (repertoire + filing date). */
export interface ApplicableCriterion {
  repertoire: CriterionScope;
  number: string;
  kind: CriterionKind;
  title: string;
  /** The wording in force for the dossier's filing date. */
  wording: string;
  wordingVersion: WordingVersion;
  /** French short label, e.g. « 2° bis », « R. 6113-8-1, 2° », « Recevabilité ». */
  label: string;
  keywords: readonly string[];
  notApplicableTo?: string;
}
