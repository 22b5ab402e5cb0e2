import { enumOptions, getField } from '../catalogue';
import type { DossierDto, FieldValue } from '../dossier/model';
import { getValue, isFilled } from '../dossier/paths';
import { plainFromRich, richFromPlain, walkRich } from '../richtext/core';
import { fieldTakesLinks } from '../richtext/field-links';
import { pathLabel } from './labels';
import { foldOption, normaliseText, sameList, sameText, splitList, toNumber, valueAsText } from './normalise';
import { optionToDossier, truthOf } from './options';
import { displayPageValue } from './page-value';
import type { CaptureLine, PageFieldState } from './types';

function fromText(text: string, kind: string | undefined): FieldValue {
  const t = normaliseText(text);
  if (t === '') return null;
  if (kind === 'number') return toNumber(t) ?? t;
  if (kind === 'multiselect') return splitList(t);
  return t;
}

/** The page's value as the dossier writes it; undefined for what the dossier does not keep (files). */
export function pageToDossier(state: PageFieldState): FieldValue | undefined {
  const field = getField(state.fieldId ?? '');
  const enumRef = field?.enumRef ?? null;
  const option = (value: string) => state.options?.find((o) => o.value === value) ?? { value, label: value };
  const v = state.value;
  switch (v.kind) {
    case 'text':
      if (field?.kind === 'textarea') return formattedFromPage(v.text, v.html, field.id);
      return fromText(v.text, field?.kind);
    case 'choice':
      return v.value ? optionToDossier(option(v.value), enumRef) : null;
    case 'choices':
      return v.values.length ? v.values.map((x) => optionToDossier(option(x), enumRef)) : null;
    case 'checked': {
      const e = enumOptions(enumRef).find((x) => truthOf(x.label) === v.checked);
      return e ? e.code : v.checked ? 'Oui' : 'Non';
    }
    case 'files':
      return undefined;
  }
}

/**
 * Formatted text from the page: a rich-text editor's HTML, sanitized (lists, bold… kept); a plain
 * textarea's text read as plain text (« - » lines become a list again).
 */
function formattedFromPage(text: string, html: string | undefined, fieldId: string): FieldValue {
  const value =
    html !== undefined ? walkRich(html, { links: fieldTakesLinks(fieldId) }) : richFromPlain(text);
  return value === '' ? null : value;
}

/** One spelling per enum value, so that « Niveau 6 » and « NIV6 » compare equal. */
function canonical(v: string, enumRef: string | null): string {
  const e = enumOptions(enumRef).find(
    (x) => foldOption(x.code) === foldOption(v) || foldOption(x.label) === foldOption(v),
  );
  return e ? e.code : v;
}

export function sameValue(a: FieldValue, b: FieldValue, enumRef: string | null = null): boolean {
  if (!isFilled(a) && !isFilled(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    const list = (x: FieldValue) => (Array.isArray(x) ? x : splitList(valueAsText(x)));
    return sameList(
      list(a).map((x) => canonical(x, enumRef)),
      list(b).map((x) => canonical(x, enumRef)),
    );
  }
  return sameText(canonical(valueAsText(a), enumRef), canonical(valueAsText(b), enumRef));
}

/** Differences between the page and the dossier, one line per recognised control. */
export function captureDiff(states: readonly PageFieldState[], dossier: DossierDto): CaptureLine[] {
  const lines: CaptureLine[] = [];
  const seen = new Set<string>();
  for (const s of states) {
    if (!s.path || (s.decision !== 'auto' && s.decision !== 'taught') || seen.has(s.path)) continue;
    const value = pageToDossier(s);
    if (value === undefined) continue;
    seen.add(s.path);
    const stored = getValue(dossier, s.path);
    const field = getField(s.fieldId ?? '');
    const formatted = field?.kind === 'textarea' && typeof stored === 'string';
    // Formatted text compares as the model (same text, same lists and marks), shown as its plain rendering.
    const current = formatted ? plainFromRich(stored) : stored;
    const same = formatted
      ? walkRich(stored, { links: fieldTakesLinks(field.id) }) === value
      : sameValue(current, value, field?.enumRef ?? null);
    if (same) continue;
    lines.push({
      key: s.key,
      path: s.path,
      label: s.label || pathLabel(s.path),
      dossierValue: valueAsText(current),
      pageValue: displayPageValue(s),
      value,
      suggested: isFilled(value),
    });
  }
  return lines;
}
