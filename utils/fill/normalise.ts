import type { FieldValue } from '../dossier/model';

/** Folds text for comparing option labels: lower case, no accents, typographic variants unified. */
export function foldOption(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[–—‑]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Text as compared between dossier and page: one kind of line break, no outer blanks. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** A dossier value written as one line of text (lists joined by « , »). */
export function valueAsText(v: FieldValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.filter((x) => x.trim() !== '').join(', ');
  return String(v);
}

/** Splits « 326n, 315p ; 320 » into codes. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** Two texts are the same value: equal after normalisation, or equal as numbers. */
export function sameText(a: string, b: string): boolean {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (x === y) return true;
  const nx = toNumber(x);
  const ny = toNumber(y);
  return nx !== null && ny !== null && nx === ny;
}

export function toNumber(text: string): number | null {
  const t = text.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Same set of items, whatever the order or case. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a.map(foldOption))].sort();
  const y = [...new Set(b.map(foldOption))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
