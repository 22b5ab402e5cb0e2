import { RAW_FIELDS } from './fields.data';
import { splitGroupId } from './groups';
import { requiredRuleOf } from './required-rules';
import { SHORT_LABELS, SYNONYMS } from './synonyms';
import type { CatalogueField, RawField, Repertoire } from './types';

/** Long texts the platform edits in a rich-text editor (probably): all fiche/bloc/critère textareas. */
const PLAIN_TEXTAREAS = /^(compte\.adresse|fiche\.voiesAcces\..+\.compositionJury)$/;

function shortLabelOf(raw: RawField): string {
  return (
    SHORT_LABELS[raw.id] ??
    raw.labelFr
      .replace(/\s*\(argumentaire\)$/, '')
      .replace(/^Voie d'accès — /, 'Voie : ')
      .replace(/^Composition des jurys — /, 'Jury : ')
  );
}

function toField(raw: RawField): CatalogueField {
  const group = splitGroupId(raw.id);
  return {
    id: raw.id,
    section: raw.section,
    label: raw.labelFr,
    shortLabel: shortLabelOf(raw),
    synonyms: SYNONYMS[raw.id] ?? [],
    kind: raw.kind,
    repertoire: raw.repertoire,
    required: requiredRuleOf(raw),
    maxLength: raw.maxLength,
    enumRef: raw.enumRef,
    richText: raw.kind === 'textarea' && !PLAIN_TEXTAREAS.test(raw.id),
    group: group?.group ?? null,
    key: group?.key ?? raw.id,
  };
}

export const CATALOGUE: readonly CatalogueField[] = RAW_FIELDS.map(toField);

const byId = new Map(CATALOGUE.map((f) => [f.id, f]));

export function getField(id: string): CatalogueField | undefined {
  return byId.get(id);
}

export function appliesTo(field: CatalogueField, repertoire: Repertoire): boolean {
  return field.repertoire === 'both' || field.repertoire === repertoire;
}

export function fieldsFor(repertoire: Repertoire): CatalogueField[] {
  return CATALOGUE.filter((f) => appliesTo(f, repertoire));
}
