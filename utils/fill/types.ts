import type { FieldValue } from '../dossier/model';
import type { Candidate, Decision, RecognisedField } from '../matching/types';

/**
 * What the content script reads of one recognised control, as plain data: the pure planning
 * (utils/fill) never touches the DOM, so it can be tested with hand-built states.
 */
export type Control = RecognisedField['control'];

export interface PageOption {
  value: string;
  label: string;
}

/** The value a control holds now. */
export type PageValue =
  /** `html`: a rich-text editor's content, sanitized (capture keeps its formatting). */
  | { kind: 'text'; text: string; html?: string }
  | { kind: 'choice'; value: string | null }
  | { kind: 'choices'; values: string[] }
  | { kind: 'checked'; checked: boolean }
  | { kind: 'files'; names: string[] };

export interface PageFieldState {
  /** Stable key of the control for this visit of the page (`f12`). */
  key: string;
  path: string | null;
  fieldId: string | null;
  decision: Decision;
  control: Control;
  label: string;
  confidence: number;
  signature: string;
  /** Best catalogue candidates, for « à vérifier » and teaching. */
  candidates: Candidate[];
  /** The stricter of `maxlength` and the limit stated on the page. */
  limit: { limit: number; source: string } | null;
  /** False when disabled or read-only. */
  editable: boolean;
  value: PageValue;
  /**
   * Set when the person cannot see the control (hidden tab, hidden container, transparent, no size,
   * off the page, the store of a widget): why, in French. Such a control is never written.
   */
  hidden?: string;
  /** Options of a select, a multiple select or a radio group. */
  options?: PageOption[];
  /**
   * `combobox`: an ARIA combobox / autocomplete (chips, tags): its value is the codes already chosen,
   * and codes are written by choosing them one by one in the list the page offers.
   */
  widget?: 'combobox';
}

/** What to write into one control. */
export type WriteOp =
  /** `html` only for a rich-text editor when the dossier keeps formatting; `text` is what the user sees. */
  | { kind: 'text'; text: string; html?: string }
  | { kind: 'choice'; value: string }
  | { kind: 'choices'; values: string[] }
  | { kind: 'checked'; checked: boolean }
  | { kind: 'files'; attachmentIds: string[]; names: string[] }
  /** Codes to choose in a combobox's list, in order (those already chosen are left as they are). */
  | { kind: 'pick'; codes: string[] };

export type PlanDecision =
  | 'a_remplir'
  | 'identique'
  | 'different'
  | 'trop_long'
  | 'invalide'
  | 'a_creer'
  | 'sans_ajout'
  | 'a_verifier'
  | 'sans_valeur'
  | 'option_introuvable'
  | 'non_modifiable'
  | 'invisible'
  | 'ignore';

/** The words shown to the user for each decision. */
export const DECISION_LABELS: Record<PlanDecision, string> = {
  a_remplir: 'à remplir',
  identique: 'identique',
  different: 'différent — laissé tel quel',
  trop_long: 'trop long — non écrit sauf si coché',
  invalide: 'valeur invalide — non écrite sauf si cochée',
  a_creer: 'à créer puis remplir',
  sans_ajout: 'à ajouter à la main — pas de bouton d’ajout',
  a_verifier: 'à vérifier — non rempli',
  sans_valeur: 'pas de valeur dans le dossier',
  option_introuvable: 'option introuvable — non rempli',
  non_modifiable: 'champ non modifiable — non rempli',
  invisible: 'invisible — non rempli',
  ignore: 'ignoré (« ne jamais remplir »)',
};

export interface PlanItem {
  key: string;
  path: string | null;
  label: string;
  control: Control;
  /** Value now on the page, as shown to the user. */
  current: string;
  /** Value the dossier gives, as shown to the user ('' when none). */
  target: string;
  decision: PlanDecision;
  /** Details in French (« 3 412 caractères pour 3 000 autorisés »). */
  note?: string;
  /** Present when the field can be written (à remplir; différent, invalide, trop long if the user ticks it). */
  write?: WriteOp;
  /** Items of a list value that the page does not offer (never written; the rest is). */
  notOffered?: string[];
}

/** A dossier value that no control of this page received. */
export interface MissingValue {
  path: string;
  label: string;
  value: string;
}

export interface CaptureLine {
  key: string;
  path: string;
  label: string;
  dossierValue: string;
  pageValue: string;
  /** The page's value as the dossier stores it. */
  value: FieldValue;
  /** Ticked by default (false when the page is empty and would erase the dossier's value). */
  suggested: boolean;
}
