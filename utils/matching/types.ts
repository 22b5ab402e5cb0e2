/**
 * Contract between field recognition (utils/matching) and its users (pre-fill, capture, checks).
 * A scan describes every fillable control of a root once and decides which catalogue field it is.
 */

/** How a decision was reached. `taught` = a mapping the user taught; `a_verifier` = never filled. */
export type Decision = 'auto' | 'taught' | 'a_verifier' | 'ignored';

export interface Candidate {
  /** Catalogue id (`fiche.blocs[].libelle`). */
  fieldId: string;
  score: number;
  /** Concrete path this candidate would take on this page (`fiche.blocs[1].libelle`). */
  path?: string;
}

export interface RecognisedField {
  /** The control: input, textarea, select, the rich-text editor's contenteditable, or the first radio. */
  element: HTMLElement;
  /** For a radio group: every radio of the group (element is the first). */
  radios?: HTMLInputElement[];
  /** Concrete dossier path with group index (`fiche.blocs[1].libelle`), or null when undecided. */
  path: string | null;
  /** Catalogue id without index, or null when undecided. */
  fieldId: string | null;
  /** 0..1: how sure the matcher is. */
  confidence: number;
  decision: Decision;
  /** The control's own words as read on the page (label, legend…), for display. */
  label: string;
  /** Best and runner-up candidates, for « à vérifier » and teaching. */
  candidates: Candidate[];
  /** Normalised description of the control, the key of taught mappings. */
  signature: string;
  /** Kind of control: text, textarea, select, radio, checkbox, file, richtext, multiselect. */
  control: 'text' | 'textarea' | 'select' | 'multiselect' | 'radio' | 'checkbox' | 'file' | 'richtext';
  /** Character limit stated by the page (maxlength, « 3 000 caractères maximum », « x / y »), if any. */
  pageLimit: { limit: number; source: string } | null;
  /** The page shows its own live counter for this control (« 12 / 3 000 caractères »). */
  pageCounter?: boolean;
  /** Required marker on the page (asterisk, `required`, « (obligatoire) »). */
  pageRequired: boolean;
  /** Tab, step or top heading the control sits in, for display. */
  section?: string;
}

/** A mapping taught by the user, as the matcher applies it. */
export interface TaughtMapping {
  signature: string;
  host: string;
  pathPattern: string;
  fieldPath: string;
}
