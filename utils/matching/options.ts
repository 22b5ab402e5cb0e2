import { getEnum } from '../catalogue';
import type { CatalogueField } from '../catalogue/types';
import { memo } from './memo';
import { normalizeFr } from './normalize';
import { tokenize } from './tokens';

/**
 * Options as evidence: a select or radio group offering « Autorisé / Non autorisé » is a voie
 * d'accès, one offering « Niveau 3 … Niveau 8 » is the niveau de qualification.
 */

const PLACEHOLDER = /^(?:-+|—+|\.+|selectionn|choisi|choix|aucun|veuillez|votre choix)/;
const MAX_OPTIONS = 512;

export function selectOptions(el: Element): string[] {
  if (el.tagName !== 'SELECT') return [];
  const out: string[] = [];
  for (const o of (el as HTMLSelectElement).options) {
    const norm = normalizeFr(o.text || o.value);
    if (!norm || PLACEHOLDER.test(norm) || (o.value === '' && (o.disabled || o.hidden))) continue;
    out.push(norm);
    if (out.length >= MAX_OPTIONS) break;
  }
  return out;
}

interface EnumShape {
  values: Set<string>;
  pattern: RegExp | null;
}

const shapes = new Map<string, EnumShape | null>();

function shapeOf(enumRef: string): EnumShape | null {
  if (shapes.has(enumRef)) return shapes.get(enumRef) ?? null;
  const e = getEnum(enumRef);
  const shape = e
    ? {
        values: new Set(e.values.flatMap((v) => [keyOf(normalizeFr(v.label)), keyOf(normalizeFr(v.code))])),
        pattern: e.pattern ? new RegExp(e.pattern, 'i') : null,
      }
    : null;
  shapes.set(enumRef, shape);
  return shape;
}

/** Options compare on their stemmed words: « Autorisée » is « Autorisé », « 2 ans » is « 2 ». */
function keyOf(norm: string): string {
  return tokenize(norm).join(' ') || norm;
}

function fits(norm: string, shape: EnumShape): boolean {
  const option = keyOf(norm);
  if (shape.values.has(option)) return true;
  const padded = ` ${option} `;
  for (const v of shape.values)
    if (v.length >= 3 && (padded.includes(` ${v} `) || (option.length >= 4 && ` ${v} `.includes(padded))))
      return true;
  const head = norm.split(/\s*[-–:]\s*|\s+/)[0] ?? '';
  if (shape.pattern?.test(head)) return true;
  const number = /^(\d+)\s*(?:ans?|annees?)?$/.exec(norm)?.[1];
  return number !== undefined && shape.values.has(number);
}

/**
 * Share of the control's options that the field's enumeration accepts (0..1), or null when there
 * is nothing to compare (no options, or a field without enumeration).
 */
export function optionAgreement(options: readonly string[], enumRef: string | null): number | null {
  if (!options.length || !enumRef) return null;
  return agreementOf(`${enumRef}\u0001${options.slice(0, 24).join('\u0001')}`);
}

/** Memoised on the enumeration and the options: every bloc or promotion repeats the same select. */
const agreementOf = memo((key: string): number | null => {
  const [enumRef = '', ...sample] = key.split('\u0001');
  const shape = shapeOf(enumRef);
  if (!shape || (!shape.values.size && !shape.pattern)) return null;
  let fit = 0;
  for (const o of sample) if (fits(o, shape)) fit++;
  return fit / sample.length;
});

const OPTION_ONLY_BASE = 0.7;
const uniqueByMask = new WeakMap<Uint8Array, Map<string, number>>();

/** Enumerations used by exactly one field of the repertoire: their options identify the field. */
function uniqueEnums(fields: readonly CatalogueField[], mask: Uint8Array): Map<string, number> {
  let unique = uniqueByMask.get(mask);
  if (unique) return unique;
  const count = new Map<string, number[]>();
  fields.forEach((f, i) => {
    if (mask[i] && f.enumRef) count.set(f.enumRef, [...(count.get(f.enumRef) ?? []), i]);
  });
  unique = new Map(
    [...count].filter(([, list]) => list.length === 1).map(([ref, list]) => [ref, list[0] ?? 0]),
  );
  uniqueByMask.set(mask, unique);
  return unique;
}

/**
 * Options alone as evidence (field index → base score): a radio group « Un ministère / Un autre
 * organisme » is the type of entity, whatever its label says. Only for enumerations that a single
 * field uses; shared ones (Oui/Non, Autorisé/Non autorisé) say nothing on their own.
 */
export function optionEvidence(
  options: readonly string[],
  fields: readonly CatalogueField[],
  mask: Uint8Array,
): Map<number, number> {
  const out = new Map<number, number>();
  if (options.length < 2) return out;
  for (const [ref, index] of uniqueEnums(fields, mask)) {
    const agreement = optionAgreement(options, ref) ?? 0;
    if (agreement >= 0.6) out.set(index, OPTION_ONLY_BASE * agreement);
  }
  return out;
}
