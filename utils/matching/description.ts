import type { ControlKind } from './controls';
import type { ScopeText } from './cues';

/** One piece of text describing a control, as read and as normalised. */
export interface Evidence {
  text: string;
  norm: string;
}

/**
 * Everything the matcher knows about one control (or radio group), read once during a scan.
 * Tiers: `own` names the control (label, aria, legend of its own group, preceding text, column
 * header); `secondary` also names it but only partly (the row header of a table cell); `weak` is
 * placeholder and name/id words; `context` is where it sits (legends, group titles, headings, tab),
 * nearest first.
 */
export interface ControlDescription {
  element: HTMLElement;
  radios?: HTMLInputElement[];
  control: ControlKind;
  /** `type` of an input, lower-case (`email`, `tel`, `number`…), '' otherwise. */
  inputType: string;
  autocomplete: string;
  own: Evidence[];
  secondary: Evidence[];
  weak: Evidence[];
  context: Evidence[];
  scopeTexts: ScopeText[];
  /** Normalised texts of the options (select options, radio labels), placeholders dropped. */
  options: string[];
  hints: string[];
  /** The words shown for the control, for display. */
  display: string;
  /** Raw label text (with its asterisk, « (obligatoire) »…) for the required marker. */
  rawLabel: string;
  legend: string;
  heading: string;
  section: string;
  nameWords: string[];
  required: boolean;
  /** The element that stands for the control in the page structure (a radio group's container). */
  anchor: Element;
  /** The table row the control sits in, if any. */
  row: Element | null;
}
