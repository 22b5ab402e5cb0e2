/** Line classifiers used by split.ts (French e-mails and letters of request for additions). */

const GREETING = /^(madame|monsieur|mesdames|messieurs|bonjour|bonsoir|cher|ch[eè]re|chers|ch[eè]res)\b/i;
const CLOSING =
  /^(bien |tr[eè]s |tr[eè]s bien )?cordialement\b|^(bien [àa] vous|sinc[eè]res salutations|salutations|respectueusement)\b|^(je vous prie|nous vous prions|veuillez) (d['’]agr[ée]er|de croire|de recevoir)/i;
const POLITE =
  /^(dans l['’]attente|restant [àa] votre disposition|(nous restons|je reste|je me tiens|nous nous tenons) [àa] votre disposition|n['’]h[ée]sitez pas|merci par avance|en vous remerciant|avec (mes|nos) remerciements|(je|nous) vous remerci\w+ par avance)/i;
const SIGNATURE =
  /^(--\s*$|_{3,}|-{3,}\s*$|t[ée]l(\.|[ée]phone)?\s*:|e-?mail\s*:|courriel\s*:|https?:\/\/\S+$|www\.\S+$|[\w.+-]+@[\w-]+\.[\w.]+$|(\+33|0)[\s.]?\d([\s.]?\d{2}){4}$)/i;
const SIGNATURE_ORG =
  /^(france comp[ée]tences|direction de la certification|p[oô]le |service |d[ée]partement |l['’]instruct(eur|rice)|charg[ée]e? d['’]instruction)/i;
const PREAMBLE_LIST =
  /\b(compl[ée]ments?|[ée]l[ée]ments?|points?|remarques?|observations?|pr[ée]cisions?|informations?|pi[eè]ces?|demandes?) (suivant(e)?s|ci-dessous|ci-apr[eè]s)\b/i;
const PREAMBLE_START =
  /^(suite [àa]|apr[eè]s|dans le cadre de|lors de)\b.*\b(instruction|examen|analyse|lecture)\b/i;
const PREAMBLE_STATUS =
  /^(votre (demande|dossier)|le dossier de (votre )?demande)\b.{0,80}\b(fait l['’]objet|a [ée]t[ée] (examin|instruit|[ée]tudi)|est en cours d['’]instruction)/i;
const HEADING_START =
  /^(au titre|concernant|s['’]agissant|pour le|sur le|crit[eè]res?\b|article|r\.?\s?6113|\d{1,2}\s?°|recevabilit|refus|[ivx]{1,4}[.)-]\s)/i;

/** Numbered or bulleted list marker: "1.", "1)", "(1)", "a)", "i.", "- ", "• ", "* ", "–". */
const MARKER = /^(?:\(?\d{1,2}\)\s*|\d{1,2}\.(?!\d)\s*|[a-h][).]\s+|[ivx]{1,4}[).]\s+|[-•*–—▪◦·●■►✓➢]\s*)/i;
/** "1°" used as a list marker, or as a criterion reference at the start of a line. */
const DEGREE_MARKER = /^(\d{1,2})\s?°(?!\s*(bis|ter|quater|quinquies)\b)\s*[-–—:.)]?\s*/i;

export const isGreeting = (line: string) => GREETING.test(line) && line.length <= 60;
export const isClosing = (line: string) => CLOSING.test(line);
export const isPolite = (line: string) => POLITE.test(line) && line.length <= 300;
export const isSignature = (line: string) =>
  SIGNATURE.test(line) || (SIGNATURE_ORG.test(line) && line.length <= 80 && !/[.!?]$/.test(line));
export const isPreamble = (line: string) =>
  line.length <= 300 &&
  (PREAMBLE_LIST.test(line) || (PREAMBLE_START.test(line) && /:$/.test(line)) || PREAMBLE_STATUS.test(line));

/**
 * A short title line: "Critère n° 3 :", "Au titre du critère 4°", "Critère 3 – Référentiels", "Données d'insertion :",
 * "RECEVABILITÉ". Not when the next line continues it in lower case (a sentence wrapped by an e-mail client).
 */
export function isHeading(line: string, hasRef: boolean, next: string | undefined): boolean {
  if (line.length > 100 || /[.!?…]["»)]?$/.test(line)) return false;
  if (next !== undefined && /^[\p{Ll}(,;]/u.test(next)) return false;
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
