import type { ControlDescription } from './description';
import { isNumberToken, tokenize } from './tokens';
import type { Vocabulary } from './vocabulary';

/** The control's words as the scorer weighs them. */
export interface TokenInfo {
  /** How much finding this token covers a wording's token: own 1, weak 0.85, context 0.7. */
  cover: number;
  /** Bit i set when the token belongs to precision unit i (one per own/secondary text). */
  units: number;
  /** Weight in precision sums (numbers count little: « Bloc 2 » is an index, not a word). */
  precisionWeight: number;
}

export interface EvidenceTokens {
  tokens: Map<string, TokenInfo>;
  /** Precision denominators, one per unit, and for all label words together. */
  unitWeights: number[];
  labelWeight: number;
  /** Token strings of each label text, for the exact-wording bonus. */
  exact: Set<string>;
  /** No own words: placeholder and name words stand in, with less trust. */
  weakOnly: boolean;
  /** 0.5 for a search or filter box (« Rechercher un organisme… »), 1 otherwise. */
  negative: number;
}

/** Words (stemmed) that mark a control as a tool of the page, not a field of the request. */
const NEGATIVE = /^(?:recherch|cherch|filtr|tri|trier)/;

const WEAK_COVER = 0.85;

export function tokensOf(
  desc: ControlDescription,
  vocab: Vocabulary,
  maxUnits: number,
  contextCover: number,
): EvidenceTokens {
  const tokens = new Map<string, TokenInfo>();
  const precisionWeight = (t: string) =>
    isNumberToken(t) ? Math.min(vocab.weight(t), 0.5) : vocab.weight(t);
  const bump = (t: string, cover: number) => {
    const info = tokens.get(t);
    if (info) info.cover = Math.max(info.cover, cover);
    else tokens.set(t, { cover, units: 0, precisionWeight: precisionWeight(t) });
  };
  const labelTexts = [...desc.own, ...desc.secondary];
  const weakOnly = labelTexts.length === 0;
  const units = (weakOnly ? desc.weak : labelTexts).slice(0, maxUnits);
  const exact = new Set<string>();
  const inLabel = new Set<string>();
  const inMain = new Set<string>();
  const lists = units.map((ev) => {
    const list = tokenize(ev.norm);
    exact.add(list.join(' '));
    for (const t of tokenize(ev.norm.replace(/\([^)]*\)/g, ' '))) inMain.add(t);
    return list;
  });
  lists.forEach((list, i) => {
    for (const t of list) {
      bump(t, 1);
      const info = tokens.get(t) as TokenInfo;
      info.units |= 1 << i;
      inLabel.add(t);
    }
  });
  // Words only met between parentheses (« (modèle Excel à compléter) ») say less about the field.
  for (const t of inLabel) if (!inMain.has(t)) (tokens.get(t) as TokenInfo).precisionWeight *= 0.5;
  const unitWeights = lists.map((list) =>
    list.reduce((sum, t) => sum + (tokens.get(t)?.precisionWeight ?? 0), 0),
  );
  let labelWeight = 0;
  for (const t of inLabel) labelWeight += (tokens.get(t) as TokenInfo).precisionWeight;
  if (!weakOnly) for (const ev of desc.weak) for (const t of tokenize(ev.norm)) bump(t, WEAK_COVER);
  for (const ev of desc.context) for (const t of tokenize(ev.norm)) bump(t, contextCover);
  const searchBox = desc.inputType === 'search' || desc.element.getAttribute('role') === 'searchbox';
  const negative = searchBox || [...inLabel].some((t) => NEGATIVE.test(t)) ? 0.5 : 1;
  return { tokens, unitWeights, labelWeight, exact, weakOnly, negative };
}
