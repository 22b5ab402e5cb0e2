import type { ControlDescription } from './description';
import { normalizeFr } from './normalize';

/**
 * The key of taught mappings: what a user sees and what survives a reload or an SPA re-render —
 * kind, normalised label (and row header), legend, nearest heading, semantic name words, section.
 * Generated ids (`mat-input-37`, `field_8f2a`) never enter it (see names.ts).
 */
export function signatureOf(desc: ControlDescription): string {
  const label = [...desc.own, ...desc.secondary].map((e) => e.norm).join(' / ') || (desc.weak[0]?.norm ?? '');
  return [
    desc.control,
    label.slice(0, 160),
    normalizeFr(desc.legend).slice(0, 80),
    normalizeFr(desc.heading).slice(0, 80),
    desc.nameWords.join(' '),
    normalizeFr(desc.section).slice(0, 60),
  ].join('|');
}

/** Signature without its numbers: « Bloc 2 » and « Bloc 3 » alike, for group mappings. */
export function looseSignature(signature: string): string {
  return signature.replace(/\d+/g, '#');
}
