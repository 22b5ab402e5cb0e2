import { CATALOGUE } from '../catalogue';
import type { CatalogueField, Repertoire } from '../catalogue/types';
import { normalizeFr } from './normalize';
import { GENERIC_WORDS, tokenize } from './tokens';

const GENERIC_WEIGHT = 1.2;

/** One wording of a field (label, short label or synonym), tokenised once at module load. */
export interface Phrase {
  field: number;
  norm: string;
  tokens: readonly string[];
  /** Tokens joined by a space: compared with a label's for the exact-wording bonus. */
  key: string;
  /** Sum of the token weights. */
  total: number;
}

export interface Vocabulary {
  fields: readonly CatalogueField[];
  phrases: readonly Phrase[];
  /** token → indexes of the phrases holding it. */
  postings: ReadonlyMap<string, readonly number[]>;
  /** token → indexes of the fields whose wordings (any of them) hold it. */
  fieldPostings: ReadonlyMap<string, readonly number[]>;
  /** Per phrase, for the scorer's inner loop: its field and its total weight. */
  phraseField: Int32Array;
  phraseTotal: Float64Array;
  weight(token: string): number;
  /** Whether some wording of some field uses the token. */
  isKnown(token: string): boolean;
  /** Weight of a token no field uses: as rare as a token can be. */
  unknownWeight: number;
  /** Which fields belong to a repertoire (or to any, when the repertoire is unknown). */
  mask(repertoire: Repertoire | undefined): Uint8Array;
}

function wordingsOf(field: CatalogueField): string[] {
  const bare = field.label.replace(/\s*\([^)]*\)\s*$/, '');
  const parts = field.label.split(/\s+—\s+/);
  return [
    field.label,
    bare,
    field.shortLabel,
    ...field.synonyms,
    ...(parts.length > 1 ? [parts.join(' ')] : []),
  ];
}

function build(): Vocabulary {
  const fields = CATALOGUE;
  const raw: { field: number; norm: string; tokens: readonly string[]; key: string }[] = [];
  const df = new Map<string, number>();
  const fieldPostings = new Map<string, number[]>();
  fields.forEach((field, index) => {
    const seen = new Set<string>();
    const own = new Set<string>();
    for (const wording of wordingsOf(field)) {
      const norm = normalizeFr(wording);
      const tokens = tokenize(norm);
      const key = tokens.join(' ');
      if (!tokens.length || seen.has(key)) continue;
      seen.add(key);
      raw.push({ field: index, norm, tokens, key });
      for (const t of tokens) own.add(t);
    }
    for (const t of own) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const list = fieldPostings.get(t);
      if (list) list.push(index);
      else fieldPostings.set(t, [index]);
    }
  });
  const n = fields.length;
  const unknownWeight = Math.log(1 + n);
  const weights = new Map<string, number>();
  for (const [token, d] of df)
    weights.set(token, Math.min(Math.log(1 + n / d), GENERIC_WORDS.has(token) ? GENERIC_WEIGHT : Infinity));
  const weight = (token: string) => weights.get(token) ?? unknownWeight;
  const postings = new Map<string, number[]>();
  const phrases: Phrase[] = raw.map((p, i) => {
    for (const t of p.tokens) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
    return { ...p, total: p.tokens.reduce((s, t) => s + weight(t), 0) };
  });
  const masks = new Map<string, Uint8Array>();
  const mask = (repertoire: Repertoire | undefined) => {
    const key = repertoire ?? 'any';
    let m = masks.get(key);
    if (!m) {
      m = Uint8Array.from(fields, (f) =>
        !repertoire || f.repertoire === 'both' || f.repertoire === repertoire ? 1 : 0,
      );
      masks.set(key, m);
    }
    return m;
  };
  const phraseField = Int32Array.from(phrases, (p) => p.field);
  const phraseTotal = Float64Array.from(phrases, (p) => p.total);
  const isKnown = (token: string) => weights.has(token);
  return {
    fields,
    phrases,
    postings,
    fieldPostings,
    phraseField,
    phraseTotal,
    weight,
    isKnown,
    unknownWeight,
    mask,
  };
}

/** Built once at module load: normalised, tokenised, weighted catalogue wordings. */
export const VOCABULARY: Vocabulary = build();
