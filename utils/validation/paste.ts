/**
 * What a pasted text becomes in a field that holds an identifier, a code or a number. People copy
 * these from a Kbis, a fiche, France Travail's ROME pages or a spreadsheet, with their separators
 * and labels: « 732 829 320 00074 », « M1805 - Études et développement informatique », « RNCP 35185 »,
 * « 87 % ». The cleaned value is what the platform expects; `note` says in French what was done.
 */
import { normaliseBlocCode } from './bloc-codes';

export interface PasteTarget {
  /** The catalogue's enumRef (siret, codeROME, codeNSF, codeFormacode, codeBloc, numeroFiche) or null. */
  enumRef: string | null;
  kind: 'text' | 'textarea' | 'number' | 'select' | 'multiselect' | 'file';
}

export interface PasteResult {
  /** For a text field: the text to insert. */
  text: string;
  /** For a list of codes: the codes found, in order, without repeats. */
  codes?: string[];
  /** What was changed, in French; null when the paste is kept as it is. */
  note: string | null;
}

const SPACES = /[\s\u00a0\u202f]/g;
const kept = (text: string): PasteResult => ({ text, note: null });

/** A SIRET read out of « 732 829 320 00074 », « SIRET : 732.829.320.00074 » or « 732-829-320-00074 ». */
export function pastedSiret(text: string): PasteResult {
  const t = text.trim();
  const digits = t.replace(/\D/g, '');
  // Only digits, separators and at most a « SIRET » / « N° » label: anything else is kept as typed.
  const rest = t.replace(/^(n°|no|numéro)?\s*(siret)?\s*:?\s*/i, '').replace(/[\d\s\u00a0\u202f.\-/]/g, '');
  if (digits.length !== 14 || rest !== '') return kept(t);
  return digits === t ? kept(t) : { text: digits, note: 'SIRET collé sans ses espaces ni séparateurs.' };
}

/** « RNCP 35185 », « rncp n° 35185 », a fiche's address (…/rncp/35185/…) → « RNCP35185 ». */
export function pastedFicheNumber(text: string): PasteResult {
  const t = text.trim();
  const m =
    /\b(RNCP|RS)\s*(?:n[°o]\s*)?(\d{2,6})\b/i.exec(t) ?? /\/(rncp|rs)\/(\d{2,6})(?:\/|$|\?|#)/i.exec(t);
  if (!m) return kept(t);
  const code = `${m[1]?.toUpperCase()}${m[2]}`;
  return code === t ? kept(t) : { text: code, note: `Numéro de fiche lu : ${code}.` };
}

const CODE_PATTERNS: Record<string, { find: RegExp; fix: (c: string) => string; name: [string, string] }> = {
  codeROME: {
    find: /\b[A-N]\s?\d{4}\b|\b[a-n]\d{4}\b/g,
    fix: (c) => c.replace(SPACES, '').toUpperCase(),
    name: ['code ROME', 'codes ROME'],
  },
  codeNSF: {
    find: /\b\d{3}\s?[a-zA-Z]?\b/g,
    fix: (c) => c.replace(SPACES, '').toLowerCase(),
    name: ['code NSF', 'codes NSF'],
  },
  codeFormacode: { find: /\b\d{5}\b/g, fix: (c) => c, name: ['Formacode', 'Formacodes'] },
  codeBloc: {
    find: /\b(?:RNCP\s?\d{3,6}\s?[-_ ]?\s?)?BC\s?\d{1,2}\b/gi,
    fix: normaliseBlocCode,
    name: ['code de bloc', 'codes de bloc'],
  },
};

/**
 * The codes of a pasted list: each code the text holds, read by its format, so that labels,
 * bullets and separators go (« M1805 - Études…, H1206 - Management… » → M1805, H1206).
 * Without a known format, the text is split on spaces, commas and semicolons.
 */
export function pastedCodes(text: string, enumRef: string | null): PasteResult {
  const spec = enumRef ? CODE_PATTERNS[enumRef] : undefined;
  const split = text.split(/[\s,;]+/).filter(Boolean);
  if (!spec) return { text, codes: [...new Set(split)], note: null };
  const found = [...new Set([...text.matchAll(spec.find)].map((m) => spec.fix(m[0])))];
  if (found.length === 0) return { text, codes: [...new Set(split)], note: null };
  const plain = split.length === found.length && split.every((s, i) => s === found[i]);
  const [one, many] = spec.name;
  return {
    text,
    codes: found,
    note: plain
      ? null
      : `${found.length} ${found.length > 1 ? many : one} lu${found.length > 1 ? 's' : ''} dans le texte collé.`,
  };
}

/** « 1 234 », « 87 % », « 12,5 » → « 1234 », « 87 », « 12,5 » (French decimals kept). */
export function pastedNumber(text: string): PasteResult {
  const t = text.trim();
  const compact = t.replace(SPACES, '').replace(/%$/, '');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(compact)) return kept(t);
  return compact === t ? kept(t) : { text: compact, note: 'Nombre collé sans espaces ni symbole.' };
}

/** What a paste into a field of this kind becomes. */
export function normalisePaste(target: PasteTarget, text: string): PasteResult {
  if (target.kind === 'multiselect') return pastedCodes(text, target.enumRef);
  if (target.kind === 'number') return pastedNumber(text);
  if (target.kind !== 'text') return kept(text);
  if (target.enumRef === 'siret') return pastedSiret(text);
  if (target.enumRef === 'numeroFiche') return pastedFicheNumber(text);
  if (target.enumRef === 'codeBloc') {
    const code = normaliseBlocCode(text);
    return code === text ? kept(text) : { text: code, note: `Code de bloc écrit ${code}.` };
  }
  return kept(text);
}
