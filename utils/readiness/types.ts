/** Types of the readiness engine: checks per registration criterion, their findings and statuses. */
import type { Repertoire } from '../criteria/types';
import type { DossierInput } from '../validation/types';

export type { Repertoire };

/** Status of one criterion, as the CLI prints it. */
export type ReadinessStatus = 'pret' | 'a-completer' | 'bloquant';

/** How serious a finding is: « bloquant » stops the filing or the criterion; « à compléter » invites a request for additions. */
export type FindingSeverity = 'bloquant' | 'a-completer';

/** One thing the dossier does not show yet, with where to fix it and why. */
export interface Finding {
  /** Id of the check that found it. */
  checkId: string;
  severity: FindingSeverity;
  /** French, written for the person filing: what is missing and what to do. */
  message: string;
  /** Concrete paths (`fiche.blocs[1].modalitesEvaluation`) or catalogue ids (`pieces.referentiel`, `promotions[].annee`). */
  paths: string[];
  /** Where the requirement comes from (article, doctrine, framework), in French. */
  sources: readonly string[];
}

/** What a check returns for one criterion: findings without their check id and sources (added by the engine). */
export interface FindingDraft {
  severity: FindingSeverity;
  message: string;
  paths: string[];
  /** Sources of this finding when they differ from the check's. */
  sources?: readonly string[];
}

/** A dossier as the engine reads it (the store's record, or an exchange file's entry). */
export type ReadinessDossier = DossierInput;

/** Everything a check may read, computed once per dossier. */
export interface ReadinessContext {
  dossier: ReadinessDossier;
  repertoire: Repertoire;
  /** Filing date used for the rules and the 3-month documents (YYYY-MM-DD). */
  filingDate: string;
  /** Whether the wording of décret n° 2025-500 applies (requests filed from 1 October 2025). */
  newRules: boolean;
  /** Visible text of a field (rich text stripped to what the reader sees); '' when empty. */
  text(path: string): string;
  /** Attachments answering one of these file fields. */
  attachments(...fieldIds: string[]): ReadinessDossier['attachments'];
  /** Records of a repeatable group that hold at least one value, with their index. */
  items(groupId: string): { item: Record<string, unknown>; index: number }[];
}

/**
 * One explainable check: what it verifies, for which criteria, on what grounds, on which fields.
 * `run` is called once per criterion it lists for the dossier's repertoire.
 */
export interface ReadinessCheck {
  id: string;
  /** What it verifies, in French (the printable checklist lists it). */
  title: string;
  /** Criterion numbers (as in fc-criteria.json) it speaks for, per repertoire. */
  criteria: Partial<Record<Repertoire, readonly string[]>>;
  /** Article, doctrine, framework criteria: in French, as cited to the user. */
  sources: readonly string[];
  /** Catalogue ids of the fields and attachments it reads. */
  fields: readonly string[];
  run(ctx: ReadinessContext, criterion: string): FindingDraft[];
}

/** The result of one check on one criterion. */
export interface CheckResult {
  checkId: string;
  title: string;
  sources: readonly string[];
  passed: boolean;
}

/** One criterion of the dossier's repertoire, with its status and findings. */
export interface CriterionReadiness {
  /** As in fc-criteria.json: "1", "2 bis", "recevabilite". */
  criterion: string;
  /** « 2° bis », « Recevabilité ». */
  label: string;
  title: string;
  /** The wording in force at the filing date. */
  wording: string;
  status: ReadinessStatus;
  findings: Finding[];
  checks: CheckResult[];
}

export interface ReadinessReport {
  dossierId: string;
  repertoire: Repertoire;
  filingDate: string;
  newRules: boolean;
  criteria: CriterionReadiness[];
  /** Criteria of the repertoire that do not apply to this request, with why (French). */
  notApplicable: { criterion: string; label: string; reason: string }[];
}
