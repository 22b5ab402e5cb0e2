import { foldSameLength } from './fold';

/**
 * An explicit reference found in a comment. `scheme` says how to read `number`:
 * 'dossier' = in the dossier's own repertoire ("critère 3", "3°"), 'RNCP' / 'RS' = qualified by the article
 * (R. 6113-9 / R. 6113-11), 'both' = entries common to both repertoires (R. 6113-8-1, recevabilité, II).
 */
export interface ExplicitRef {
  scheme: 'dossier' | 'RNCP' | 'RS' | 'both';
  /**
   * "3", "2 bis", "R6113-8-1 2°", "R6113-8-1" (ground not stated), "recevabilite", "II", "L6313-3",
   * or "*" for an article cited without item ("au titre de l'article R. 6113-11").
   */
  number: string;
  /** The words of the original text that carry the reference. */
  match: string;
  index: number;
}

const SUFFIX = '(?:\\s*(bis|ter|quater|quinquies)\\b)?';
const ARTICLE = /\br\.?\s*6113\s*-\s*(8\s*-\s*1|9|10|11|14\s*-\s*1|14)(?![\d-])/g;
const DEGREE = new RegExp(`(?<![\\w°])([1-9])\\s?°(?!\\s*c\\b)${SUFFIX}`, 'g');
const CRITERE = new RegExp(
  `\\bcriteres?\\s*(?:n\\s*[°o]?\\s*)?([1-9])(?![\\d,.]\\d)(?:\\s*°)?${SUFFIX}`,
  'g',
);
const MORE = new RegExp(`^\\s*(?:,|et|ou|/|&)\\s*(?:n\\s*°\\s*)?([1-9])(?!\\d)(?:\\s*°)?${SUFFIX}`);
const ORDINAL =
  /\b(premier|1er|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|([1-9])\s*(?:e|eme|ieme))\s+critere\b/g;
const ORDINALS: Record<string, string> = {
  premier: '1',
  '1er': '1',
  deuxieme: '2',
  second: '2',
  troisieme: '3',
  quatrieme: '4',
  cinquieme: '5',
  sixieme: '6',
  septieme: '7',
  huitieme: '8',
  neuvieme: '9',
};
const BARE_SUFFIXED =
  /\b(?:au titre du|du|le|au)\s+([1-9])\s+(bis|ter|quater|quinquies)\b(?!\s*,?\s*(?:rue|avenue|av\b|bd\b|boulevard|place|chemin|allee|impasse|quai|route))/g;
const RULE_II = /\b(?:au titre du|du|le|au)\s+ii\b(?:\s+de\s+l'article\s+r\.?\s*6113\s*-\s*(?:9|11))?/g;
const RECEVABILITE = /\b(?:ir)?recevabilite\b|\birrecevable\b/g;
const VAE_CONTEXT = /\bvae\b|validation des acquis|\bexperience\b|\blivret\b|\bcandidat/;
const BULLETIN = /\bbulletin\s*(?:n\s*[°o]?\s*)?3\b|\bb3\b|\bcasier judiciaire\b/g;
const L6313 = /\bl\.?\s*6313\s*-\s*3\b/g;

function numberOf(digit: string, suffix: string | undefined): string {
  return suffix ? `${digit} ${suffix}` : digit;
}

interface ArticleHit {
  scheme: ExplicitRef['scheme'] | 'ignore';
  kind: 'refusal' | 'admissibility' | 'communication' | 'criteria' | 'other';
  start: number;
  end: number;
}

function articleHit(code: string, start: number, end: number): ArticleHit {
  const c = code.replace(/\s/g, '');
  if (c === '9') return { scheme: 'RNCP', kind: 'criteria', start, end };
  if (c === '11') return { scheme: 'RS', kind: 'criteria', start, end };
  if (c === '8-1') return { scheme: 'both', kind: 'refusal', start, end };
  if (c === '14') return { scheme: 'both', kind: 'admissibility', start, end };
  if (c === '14-1') return { scheme: 'both', kind: 'communication', start, end };
  return { scheme: 'ignore', kind: 'other', start, end };
}

/** The article a degree reference belongs to: "R. 6113-9 4°", "R. 6113-11, 1° quater", "4° de l'article R. 6113-9". */
function articleFor(
  folded: string,
  start: number,
  end: number,
  articles: ArticleHit[],
): ArticleHit | undefined {
  return articles.find((a) => {
    if (a.end <= start && start - a.end <= 12) {
      return /^[\s,;:.()i-]*$/.test(folded.slice(a.end, start));
    }
    if (a.start >= end && a.start - end <= 40) {
      return /^\s*,?\s*(?:a\)|b\)|c\))?\s*(?:de l'article|de l'art\.?|du|de)\s*$/.test(
        folded.slice(end, a.start),
      );
    }
    return false;
  });
}

/** All explicit references of `text`, in order of appearance, without duplicates. */
export function findExplicitRefs(text: string): ExplicitRef[] {
  const folded = foldSameLength(text);
  const refs: ExplicitRef[] = [];
  const covered: Array<[number, number]> = [];
  const add = (scheme: ExplicitRef['scheme'], number: string, index: number, end: number) => {
    refs.push({ scheme, number, match: text.slice(index, end).trim(), index });
    covered.push([index, end]);
  };
  const isCovered = (i: number) => covered.some(([s, e]) => i >= s && i < e);

  const articles = [...folded.matchAll(ARTICLE)].map((m) =>
    articleHit(m[1] ?? '', m.index, m.index + m[0].length),
  );

  for (const m of folded.matchAll(CRITERE)) {
    add('dossier', numberOf(m[1] ?? '', m[2]), m.index, m.index + m[0].length);
    let pos = m.index + m[0].length;
    for (let more = MORE.exec(folded.slice(pos)); more; more = MORE.exec(folded.slice(pos))) {
      add('dossier', numberOf(more[1] ?? '', more[2]), pos, pos + more[0].length);
      pos += more[0].length;
    }
  }
  for (const m of folded.matchAll(ORDINAL)) {
    const digit = m[2] ?? ORDINALS[m[1] ?? ''];
    if (digit) add('dossier', digit, m.index, m.index + m[0].length);
  }
  for (const m of folded.matchAll(DEGREE)) {
    if (isCovered(m.index)) continue;
    const end = m.index + m[0].length;
    const article = articleFor(folded, m.index, end, articles);
    const number = numberOf(m[1] ?? '', m[2]);
    if (!article) add('dossier', number, m.index, end);
    else if (article.kind === 'refusal')
      add('both', `R6113-8-1 ${m[1]}°`, Math.min(article.start, m.index), end);
    else if (article.kind === 'criteria' && article.scheme !== 'ignore')
      add(article.scheme, number, m.index, end);
    if (article) covered.push([article.start, article.end]);
  }
  for (const m of folded.matchAll(BARE_SUFFIXED)) {
    if (!isCovered(m.index + m[0].length - 1))
      add('dossier', numberOf(m[1] ?? '', m[2]), m.index, m.index + m[0].length);
  }
  for (const m of folded.matchAll(RULE_II)) add('both', 'II', m.index, m.index + m[0].length);
  for (const a of articles) {
    if (isCovered(a.start)) continue;
    if (a.kind === 'refusal') add('both', 'R6113-8-1', a.start, a.end);
    else if (a.kind === 'admissibility') add('both', 'recevabilite', a.start, a.end);
    else if (a.kind === 'communication') add('both', 'R6113-8-1 3°', a.start, a.end);
    else if (a.kind === 'criteria' && a.scheme !== 'ignore') add(a.scheme, '*', a.start, a.end);
  }
  for (const m of folded.matchAll(L6313)) add('RS', 'L6313-3', m.index, m.index + m[0].length);
  for (const m of folded.matchAll(BULLETIN)) add('both', 'recevabilite', m.index, m.index + m[0].length);
  for (const m of folded.matchAll(RECEVABILITE)) {
    const around = folded.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
    if (!VAE_CONTEXT.test(around)) add('both', 'recevabilite', m.index, m.index + m[0].length);
  }

  refs.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.scheme}|${r.number}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
