/** Line classifiers of the remarks themselves used by split.ts (titles, list markers, wrapped lines). */

const CRITERION_TITLE =
  /^(?:[Cc]rit[eè]res?|CRIT[EÈ]RES?)\s*(?:[nN]\s*[°o]\s*)?\d{1,2}\s*°?(?:\s*(?:bis|ter|quater|quinquies))?\s*[:–—-]\s*\p{Lu}/u;
const HEADING_START =
  /^(au titre|concernant|s['’]agissant|pour le|sur le|crit[eè]res?\b|article|r\.?\s?6113|\d{1,2}\s?°|recevabilit|refus|[ivx]{1,4}[.)-]\s)/i;

/** Numbered or bulleted list marker: "1.", "1)", "(1)", "a)", "i.", "- ", "• ", "* ", "–". */
const MARKER = /^(?:\(?\d{1,2}\)\s*|\d{1,2}\.(?!\d)\s*|[a-h][).]\s+|[ivx]{1,4}[).]\s+|[-•*–—▪◦·●■►✓➢]\s*)/i;
/** "1°" used as a list marker, or as a criterion reference at the start of a line. */
const DEGREE_MARKER = /^(\d{1,2})\s?°(?!\s*(bis|ter|quater|quinquies)\b)\s*[-–—:.)]?\s*/i;

/**
 * A short title line: "Critère n° 3 :", "Au titre du critère 4°", "Critère 3 – Référentiels", "Données d'insertion :",
 * "RECEVABILITÉ". Not when the next line continues it in lower case (a sentence wrapped by an e-mail client).
 */
export function isHeading(line: string, hasRef: boolean, next: string | undefined): boolean {
  if (/[.!?…;,]["»)]?$/.test(line)) return false;
  if (next !== undefined && /^[\p{Ll}(,;]/u.test(next)) return false;
  // « Critère n° 2 bis : Réalité des moyens techniques, pédagogiques et d'encadrement »
  if (CRITERION_TITLE.test(line) && line.length <= 160) return true;
  if (line.length > 100) return false;
  const words = line.split(/\s+/).length;
  if (/:$/.test(line)) return true;
  if (hasRef && HEADING_START.test(line) && words <= 12 && !line.includes(',')) return true;
  return words <= 6 && /\p{L}/u.test(line) && line === line.toUpperCase();
}

/**
 * A numbered section title ("I. Données relatives aux promotions", "2) Référentiels"): a short marked line without
 * final punctuation, directly followed by an unmarked sentence — or by anything, after a roman numeral or a capital
 * letter ("II. Référentiels" then "a) …").
 */
export function isSectionTitle(line: string, body: string, next: string | undefined): boolean {
  if (!next || body.split(/\s+/).length > 8 || /[.!?…:;,]["»)]?$/.test(body)) return false;
  if (/^([IVX]{1,4}|[A-H])[.)]\s/.test(line)) return true;
  return markerLength(next) === 0 && degreeMarker(next) === null && /^\p{Lu}/u.test(next);
}

/** Length of the list marker at the start of `line` (0 if none). */
export function markerLength(line: string): number {
  const m = MARKER.exec(line);
  return m ? m[0].length : 0;
}

/** The number of a leading "N°" marker, and the marker's length. */
export function degreeMarker(line: string): { n: number; length: number } | null {
  const m = DEGREE_MARKER.exec(line);
  return m ? { n: Number(m[1]), length: m[0].length } : null;
}

/** Whether a line ends a sentence. */
export const endsSentence = (line: string) => /[.!?…]["»)\]]?$/.test(line);

/** A line that refers back to the previous one ("Merci de le préciser.", "Ces éléments…"). */
export const isFollowUp = (line: string) =>
  /^(merci de (le|la|les|l['’])\b|ces (éléments|données|points|informations|documents|pièces)\b|celles?-ci|ceux-ci|celui-ci|ce point\b|à défaut\b|en conséquence\b)/i.test(
    line,
  );

/** Words that state a shortcoming: a short line holding one is a remark, not a title (« Jury VAE non décrit »). */
const DEFICIENCY =
  /\b(non|pas|aucun|aucune|manqu\w*|absent\w*|insuffisant\w*|incomplet\w*|incoh[ée]rent\w*|[àa] (pr[ée]ciser|compl[ée]ter|revoir|justifier))\b/i;

/**
 * A short title without punctuation between blank lines and paragraphs (« Référentiels », « Blocs de
 * compétences »): at most five words, capitalised, followed by a sentence, stating no shortcoming.
 */
export function isBareTitle(line: string, previous: string | undefined, next: string | undefined): boolean {
  if (previous !== undefined && previous !== '') return false;
  if (!next || /[.!?…:;,]["»)]?$/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  if (line.split(/\s+/).length > 5 || DEFICIENCY.test(line) || /\d/.test(line)) return false;
  return /^\p{Lu}/u.test(next.slice(markerLength(next))) && next.length >= 30;
}
