import type { ControlDescription } from './description';
import { isNumberToken, tokenize } from './tokens';
import type { Vocabulary } from './vocabulary';

/**
 * The control's words as the scorer weighs them, in flat arrays (the scorer runs for every
 * control of a scan: no per-token objects).
 */
export interface EvidenceTokens {
  tokens: string[];
  /** How much finding the token covers a wording's token: own 1, weak 0.85, context 0.7. */
  cover: number[];
  /** Bit i set when the token belongs to own text i (a precision unit); SECONDARY_BIT for a partial label. */
  units: number[];
  /** Weight in precision sums (numbers count little: « Bloc 2 » is an index, not a word). */
  precisionWeight: number[];
  /** Precision denominators, one per own text (unit), and for all label words together. */
  unitWeights: number[];
  /** Label texts in all, own and partial: per-unit precision only matters when there are several. */
  labelTexts: number;
  labelWeight: number;
  /** Token strings of each label text, for the exact-wording bonus. */
  exact: string[];
  /** No own words: placeholder and name words stand in, with less trust. */
  weakOnly: boolean;
  /** 0.5 for a search or filter box (« Rechercher un organisme… »), 1 otherwise. */
  negative: number;
}

const WEAK_COVER = 0.85;
/** Marks words of partial labels (row header, heading in aria-labelledby): label words, no unit. */
export const SECONDARY_BIT = 1 << 5;
/** Words (stemmed) that mark a control as a tool of the page, not a field of the request. */
const NEGATIVE = /^(?:recherch|cherch|filtr|tri|trier)/;

export function tokensOf(
  desc: ControlDescription,
  vocab: Vocabulary,
  maxUnits: number,
  contextCover: number,
): EvidenceTokens {
  const ev: EvidenceTokens = {
    tokens: [],
    cover: [],
    units: [],
    precisionWeight: [],
    unitWeights: [],
    labelWeight: 0,
    labelTexts: 0,
    exact: [],
    weakOnly: false,
    negative: 1,
  };
  const bump = (t: string, cover: number): number => {
    let i = ev.tokens.indexOf(t);
    if (i < 0) {
      i = ev.tokens.push(t) - 1;
      ev.cover.push(cover);
      ev.units.push(0);
      ev.precisionWeight.push(isNumberToken(t) ? Math.min(vocab.weight(t), 0.5) : vocab.weight(t));
    } else if (cover > (ev.cover[i] ?? 0)) ev.cover[i] = cover;
    return i;
  };
  const labelTexts = desc.secondary.length ? [...desc.own, ...desc.secondary] : desc.own;
  ev.weakOnly = labelTexts.length === 0;
  const texts = ev.weakOnly ? desc.weak : labelTexts;
  const ownCount = Math.min(ev.weakOnly ? texts.length : desc.own.length, maxUnits - 1);
  ev.labelTexts = texts.length;
  const main: string[] = [];
  texts.forEach((unit, u) => {
    const list = tokenize(unit.norm);
    ev.exact.push(list.join(' '));
    const bit = u < ownCount ? 1 << u : SECONDARY_BIT;
    for (const t of list) {
      const i = bump(t, 1);
      ev.units[i] = (ev.units[i] ?? 0) | bit;
    }
    for (const t of unit.norm.includes('(') ? tokenize(unit.norm.replace(/\([^)]*\)/g, ' ')) : list)
      main.push(t);
  });
  const labelCount = ev.tokens.length;
  // Identifiers abbreviate (« cocert », « nb »): unknown words of weak units count less.
  if (ev.weakOnly)
    for (let i = 0; i < labelCount; i++)
      if (!vocab.isKnown(ev.tokens[i] as string)) ev.precisionWeight[i] = (ev.precisionWeight[i] ?? 0) * 0.4;
  // Words only met between parentheses (« (modèle Excel à compléter) ») say less about the field.
  for (let i = 0; i < labelCount; i++)
    if (!main.includes(ev.tokens[i] as string)) ev.precisionWeight[i] = (ev.precisionWeight[i] ?? 0) * 0.5;
  for (let i = 0; i < labelCount; i++) ev.labelWeight += ev.precisionWeight[i] ?? 0;
  ev.unitWeights = texts.slice(0, ownCount).map((_, u) => {
    let sum = 0;
    for (let i = 0; i < labelCount; i++) if ((ev.units[i] ?? 0) & (1 << u)) sum += ev.precisionWeight[i] ?? 0;
    return sum;
  });
  if (!ev.weakOnly) for (const w of desc.weak) for (const t of tokenize(w.norm)) bump(t, WEAK_COVER);
  for (const c of desc.context) for (const t of tokenize(c.norm)) bump(t, contextCover);
  const searchBox = desc.inputType === 'search' || desc.element.getAttribute('role') === 'searchbox';
  if (searchBox || ev.tokens.slice(0, labelCount).some((t) => NEGATIVE.test(t))) ev.negative = 0.5;
  return ev;
}
