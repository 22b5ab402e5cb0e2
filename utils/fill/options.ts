import { enumOptions } from '../catalogue';
import { foldOption } from './normalise';
import type { PageOption } from './types';

/** Every way the dossier may write one value: itself, and its enum label or code. */
function spellings(value: string, enumRef: string | null): string[] {
  const out = [value];
  for (const e of enumOptions(enumRef)) {
    if (foldOption(e.code) === foldOption(value)) out.push(e.label);
    if (foldOption(e.label) === foldOption(value)) out.push(e.code);
  }
  return [...new Set(out.map(foldOption))].filter((x) => x !== '');
}

/** « 5 » matches « 5 ans », « F1106 » matches « F1106 — Ingénierie… »: a whole leading word. */
function leads(label: string, word: string): boolean {
  return label.startsWith(word) && /^[^\p{L}\p{N}]/u.test(label.slice(word.length) || ' ');
}

/**
 * The page option that stands for a dossier value: equal value or label (normalised, enum
 * labels and codes included) first; else a label that starts with the value, if only one does.
 */
export function matchOption(
  options: readonly PageOption[],
  value: string,
  enumRef: string | null = null,
): PageOption | null {
  const wanted = spellings(value, enumRef);
  if (wanted.length === 0) return null;
  for (const w of wanted) {
    const exact = options.find((o) => foldOption(o.value) === w || foldOption(o.label) === w);
    if (exact) return exact;
  }
  const prefixed = options.filter((o) => wanted.some((w) => leads(foldOption(o.label), w)));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

/** The dossier's way of writing a page option: the enum code when the catalogue has one. */
export function optionToDossier(option: PageOption, enumRef: string | null): string {
  const values = enumOptions(enumRef);
  const byValue = values.find((e) => foldOption(e.code) === foldOption(option.value));
  if (byValue) return byValue.code;
  const byLabel = values.find(
    (e) =>
      foldOption(e.label) === foldOption(option.label) || foldOption(e.label) === foldOption(option.value),
  );
  if (byLabel) return byLabel.code;
  return option.value !== '' ? option.value : option.label;
}

/** Truthy words for a checkbox: « Oui », « Autorisé », true, 1… */
export function truthOf(value: string): boolean | null {
  const v = foldOption(value);
  if (['oui', 'true', 'vrai', '1', 'x', 'autorise', 'yes', 'coche'].includes(v)) return true;
  if (['non', 'false', 'faux', '0', 'non autorise', 'no', ''].includes(v)) return false;
  return null;
}
