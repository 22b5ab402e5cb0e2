import { PURE_GLYPHS } from './markers';

/**
 * Splits one line where list items were run together with single spaces: before every bullet
 * glyph that never occurs in prose (« • »), before « - » / « * » when the line itself starts with
 * that bullet, before numbers that count 1., 2., 3.… and before codes of one shape (A1C1., A1C2.).
 */
export function splitInlineItems(line: string): string[] {
  const cuts = new Set<number>();
  for (const m of line.matchAll(new RegExp(`\\s(?=[${PURE_GLYPHS}])`, 'g'))) cuts.add(m.index);
  const lead = /^([-*–])\s/.exec(line)?.[1];
  if (lead) {
    const again = new RegExp(`\\s(?=\\${lead}\\s+\\S)`, 'g');
    for (const m of line.matchAll(again)) cuts.add(m.index);
  }
  for (const i of countingNumbers(line)) cuts.add(i);
  for (const i of repeatedCodes(line)) cuts.add(i);
  if (cuts.size === 0) return [line];
  const sorted = [...cuts].filter((i) => i > 0).sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const i of sorted) {
    parts.push(line.slice(from, i));
    from = i;
  }
  parts.push(line.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Positions (of the space before) of « 1. … 2. … 3. » when at least two numbers count up from 1. */
function countingNumbers(line: string): number[] {
  const found = [...line.matchAll(/(^|\s)(\d{1,2})[.)]\s+(?=\S)/g)].map((m) => ({
    at: m.index,
    n: Number(m[2]),
  }));
  const start = found.findIndex((f) => f.n === 1);
  if (start < 0) return [];
  const chain = [found[start]!];
  for (const f of found.slice(start + 1)) if (f.n === chain[chain.length - 1]!.n + 1) chain.push(f);
  return chain.length >= 2 ? chain.map((c) => c.at) : [];
}

/** Positions of codes such as A1C1., A1C2. (two of the same shape at least, after the line's start). */
function repeatedCodes(line: string): number[] {
  const found = [...line.matchAll(/(^|\s)((?:[A-Z]{1,3}\.?\d{1,3}){1,3}\.)\s+(?=\S)/g)];
  const byShape = new Map<string, number[]>();
  for (const m of found) {
    const shape = m[2]!.replace(/\d+/g, '#');
    byShape.set(shape, [...(byShape.get(shape) ?? []), m.index]);
  }
  return [...byShape.values()].filter((at) => at.length >= 2).flat();
}
