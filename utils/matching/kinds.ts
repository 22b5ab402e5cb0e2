import { getEnum } from '../catalogue';
import type { CatalogueField, FieldKind } from '../catalogue/types';
import type { ControlKind } from './controls';

/**
 * How well a kind of control can hold a kind of field (0 = never). A file input is only ever a
 * file; a select or radio group only a choice; a textarea or editor never a choice.
 */
const FIT: Record<ControlKind, Partial<Record<FieldKind, number>>> = {
  text: { text: 1, number: 0.9, multiselect: 0.9, textarea: 0.75, select: 0.5 },
  textarea: { textarea: 1, text: 0.8, multiselect: 0.6, number: 0.3 },
  richtext: { textarea: 1, text: 0.75, multiselect: 0.5 },
  select: { select: 1, multiselect: 0.75 },
  multiselect: { multiselect: 1, select: 0.6 },
  radio: { select: 1 },
  checkbox: {},
  file: { file: 1 },
};

function enumSize(field: CatalogueField): number {
  return getEnum(field.enumRef)?.values.length ?? 0;
}

export function kindFit(control: ControlKind, inputType: string, field: CatalogueField): number {
  if (inputType === 'password') return 0;
  if (control === 'checkbox') return field.kind === 'select' && enumSize(field) === 2 ? 0.9 : 0;
  if ((control === 'select' || control === 'radio') && field.kind === 'number')
    return enumSize(field) ? 0.9 : 0;
  if (control === 'text' && inputType === 'number') {
    if (field.kind === 'number') return 1;
    return field.kind === 'text' ? 0.8 : 0.3;
  }
  if (control === 'text' && inputType === 'date')
    return field.kind === 'text' || field.kind === 'number' ? 0.7 : 0;
  return FIT[control][field.kind] ?? 0;
}

/** Input types and autocomplete tokens that point at one field. */
const TYPE_CUES: Record<string, readonly string[]> = {
  email: ['compte.email'],
  tel: ['compte.telephone'],
  url: ['demande.certificateurs[].siteInternet', 'fiche.lienUrlDescription'],
  'family-name': ['compte.nom'],
  'given-name': ['compte.prenom'],
  organization: ['compte.denomination'],
  'street-address': ['compte.adresse'],
};

export function typeCue(inputType: string, autocomplete: string, fieldId: string): number {
  if (TYPE_CUES[inputType]?.includes(fieldId)) return 0.06;
  if (!autocomplete) return 0;
  for (const token of autocomplete.split(/\s+/)) if (TYPE_CUES[token]?.includes(fieldId)) return 0.06;
  return 0;
}
