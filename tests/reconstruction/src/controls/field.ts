import { type Attrs, type Child, h } from '../dom';
import { matId } from '../ids';

/**
 * How the visible label is tied to the control. Real pages mix all of these:
 * - `for`: `<label for>` with the DSFR hint inside the label;
 * - `text`: a preceding `<p>`/`<div class="fr-label">`, not tied at all;
 * - `aria-labelledby`: a preceding text block referenced by id;
 * - `aria-label`: no visible label;
 * - `broken-for`: a `<label for>` whose target id does not exist (seen in DSFR's own docs).
 */
export type Labelling = 'for' | 'text' | 'aria-labelledby' | 'aria-label' | 'broken-for';

export interface FieldSpec {
  /** Catalogue id with group index (`fiche.blocs[0].libelle`), or `none`. Ground truth only. */
  truth: string;
  /** Model key; defaults to `truth` (required for `none` controls). */
  key?: string;
  label: string;
  hint?: string;
  required?: boolean;
  labelling?: Labelling;
  /** Extra ids for `aria-labelledby` (e.g. a section heading). */
  labelledBy?: string[];
  /** Element holding the label text for `text` / `aria-labelledby` (default `p`). */
  textTag?: 'p' | 'div';
}

export const modelKey = (spec: FieldSpec): string => spec.key ?? spec.truth;

export function requiredMark(required?: boolean): Child {
  return required ? h('span', { class: 'cp-required', 'aria-hidden': 'true' }, '\u00a0*') : null;
}

function labelContent(spec: FieldSpec): Child[] {
  return [
    spec.label,
    requiredMark(spec.required),
    spec.hint && h('span', { class: 'fr-hint-text' }, spec.hint),
  ];
}

/** Returns the label node(s) to put before the control and the attributes the control needs. */
export function labelParts(spec: FieldSpec, controlId: string): { before: Child[]; attrs: Attrs } {
  const attrs: Attrs = {
    'data-truth': spec.truth,
    required: spec.required,
    'aria-required': spec.required && 'true',
  };
  const labelling = spec.labelling ?? 'for';
  if (labelling === 'for' || labelling === 'broken-for') {
    const target = labelling === 'for' ? controlId : `${controlId.replace(/-\d+$/, '')}-1`;
    return { before: [h('label', { class: 'fr-label', for: target }, ...labelContent(spec))], attrs };
  }
  if (labelling === 'aria-label') {
    const hintId = spec.hint ? matId('hint') : undefined;
    attrs['aria-label'] = spec.label;
    attrs['aria-describedby'] = hintId;
    return {
      before: [spec.hint && h('p', { class: 'fr-hint-text fr-mb-1w', id: hintId }, spec.hint)],
      attrs,
    };
  }
  const textId = matId('label');
  if (labelling === 'aria-labelledby')
    attrs['aria-labelledby'] = [...(spec.labelledBy ?? []), textId].join(' ');
  return {
    before: [h(spec.textTag ?? 'p', { class: 'fr-label', id: textId }, ...labelContent(spec))],
    attrs,
  };
}
