import { findDeadlines } from './deadline';
import {
  fold,
  hasRef,
  isAddress,
  isClosing,
  isConsequence,
  isContact,
  isDeadlineSentence,
  isEmailHeader,
  isFooter,
  isMessageStart,
  isOpening,
  isPersonName,
  isPolite,
  isReference,
  isReplyChannel,
  isSalutation,
  isSigner,
  isSignerTitle,
  isSubject,
} from './furniture-patterns';
import { isDateLine } from './letter-date';
import { degreeMarker, markerLength } from './split-patterns';

/** Why a line of a letter or an e-mail is not a remark. */
export type FurnitureKind =
  | 'en-tete'
  | 'adresse'
  | 'lieu-date'
  | 'reference'
  | 'objet'
  | 'entete-courriel'
  | 'salutation'
  | 'introduction'
  | 'delai'
  | 'politesse'
  | 'signature'
  | 'mentions'
  | 'transfert';

/** How far ahead the greeting or « Objet » line is looked for (non-blank lines). */
const HEADER_LOOKAHEAD = 30;
/** Longest note (non-blank lines) above a forwarded message that is taken for the forwarder's own. */
const FORWARD_NOTE_LINES = 4;
const FORWARDED = /^(-{2,}\s*)?(message transfere|forwarded message|debut du message reexpedie)/;

const isListLine = (line: string) => markerLength(line) > 0 || degreeMarker(line) !== null;
const isSentence = (line: string) => /[.!?…]["»)]?$/.test(line);

/** A line that cannot belong to a letterhead: a list item, a criterion title, a long sentence. */
function looksLikeContent(line: string): boolean {
  return isListLine(line) || (hasRef(line) && !isSubject(line)) || (isSentence(line) && line.length > 120);
}

/**
 * Index of the line that ends the header of the message starting at `from` (its greeting, else its « Objet »
 * line), when one comes before anything that looks like a remark; -1 otherwise.
 */
function headerEnd(lines: readonly string[], from: number): number {
  let subject = -1;
  let seen = 0;
  for (let i = from; i < lines.length && seen < HEADER_LOOKAHEAD; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    seen++;
    if (isSalutation(line)) return i;
    if (isSubject(line)) subject = i;
    else if (subject >= 0 && !isEmailHeader(line)) return subject;
    if (looksLikeContent(line) && !isSubject(line)) break;
  }
  return subject;
}

/** Whether only a signature block can follow line `i` (titles, services, contacts, footers). */
function onlySignatureAfter(lines: readonly string[], i: number): boolean {
  let count = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line === '') continue;
    if (isMessageStart(line) || isEmailHeader(line)) return true;
    if (isFooter(line) || isContact(line)) continue;
    if (++count > 6 || line.length > 100 || isListLine(line) || hasRef(line)) return false;
  }
  return true;
}

function nextNonBlank(lines: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j] !== '') return lines[j];
  return undefined;
}

/**
 * The furniture of a letter or an e-mail, line by line (null: a remark or a title line). Zones decide what a
 * pattern means: the header (up to the greeting), the body, and the signature (from the closing formula or the
 * signer's name to the next quoted or forwarded message).
 */
/**
 * End (exclusive) of the forwarder's note above a forwarded message (« Je te transfère la demande… », a first
 * name): a few lines with no list and no criterion; 0 when the text does not start so. Replies (« … a écrit : »)
 * are not concerned: an instructor may write new remarks above the quoted message.
 */
function forwardNoteEnd(lines: readonly string[]): number {
  const start = lines.findIndex((l) => FORWARDED.test(fold(l)));
  if (start <= 0) return 0;
  const note = lines.slice(0, start).filter((l) => l !== '');
  const remarkLike = note.some((l) => isListLine(l) || hasRef(l) || l.length > 200);
  return note.length <= FORWARD_NOTE_LINES && !remarkLike ? start : 0;
}

export function classifyLines(lines: readonly string[]): Array<FurnitureKind | null> {
  const kinds: Array<FurnitureKind | null> = lines.map(() => null);
  const noteEnd = forwardNoteEnd(lines);
  let zone: 'header' | 'body' | 'signature' = 'header';
  let end = headerEnd(lines, 0);
  let previous: FurnitureKind | null = null;
  let previousLine = '';
  for (const [i, line] of lines.entries()) {
    if (line === '') {
      previous = null;
      continue;
    }
    const kind = classify(line, i);
    kinds[i] = kind;
    previous = kind;
    previousLine = line;
  }
  return kinds;

  function classify(line: string, i: number): FurnitureKind | null {
    if (i < noteEnd) return 'transfert';
    if (
      isMessageStart(line) ||
      (zone === 'signature' && isEmailHeader(line) && /^(de|from)\s*:/i.test(line))
    ) {
      zone = 'header';
      end = headerEnd(lines, i + 1);
      return 'entete-courriel';
    }
    // A line wrapped by the mail client continues the furniture it belongs to.
    if (
      previous &&
      previous !== 'signature' &&
      !isSentence(previousLine) &&
      /^[\p{Ll},;]/u.test(line) &&
      !isListLine(line)
    )
      return previous;
    if (zone === 'signature') return isFooter(line) ? 'mentions' : 'signature';
    if (isClosing(line)) {
      zone = 'signature';
      return 'politesse';
    }
    if (isSubject(line)) return 'objet';
    if (zone === 'header' && isEmailHeader(line)) return 'entete-courriel';
    if (isDateLine(line)) return 'lieu-date';
    if (isReference(line)) return 'reference';
    if (zone === 'header' && isAddress(line)) return 'adresse';
    if (isSalutation(line)) {
      zone = 'body';
      return 'salutation';
    }
    if (zone === 'header' && i < end && !looksLikeContent(line) && !/:$/.test(line)) return 'en-tete';
    if (isFooter(line)) return 'mentions';
    if (isPolite(line)) return 'politesse';
    const next = nextNonBlank(lines, i);
    if (isOpening(line, next !== undefined && isListLine(next))) return enterBody('introduction');
    if (
      isConsequence(line) ||
      isReplyChannel(line) ||
      isDeadlineSentence(line, findDeadlines(line).length > 0)
    )
      return enterBody('delai');
    const afterBody = zone === 'body' || kinds.some((k) => k !== null);
    if (
      afterBody &&
      (isSigner(line) ||
        (isPersonName(line) && (onlySignatureAfter(lines, i) || (next !== undefined && isSignerTitle(next)))))
    ) {
      zone = 'signature';
      return 'signature';
    }
    if (isContact(line)) return 'signature';
    zone = 'body';
    return null;
  }

  function enterBody(kind: FurnitureKind): FurnitureKind {
    zone = 'body';
    return kind;
  }
}
