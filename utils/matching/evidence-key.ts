import type { Scope } from './cues';
import type { ControlDescription } from './description';
import { memo } from './memo';
import { tokenize } from './tokens';
import { VOCABULARY, type Vocabulary } from './vocabulary';

/**
 * A key such that two descriptions with the same key get the same word scores (score.ts), so a
 * scan scores each distinct wording once: repeated groups (blocs, promotions, partenaires) repeat
 * their labels and context. Label texts enter as normalised; placeholder, name and context texts
 * only by the words some catalogue wording uses — the other words weigh nothing there.
 */

const knownWords = memo((norm: string) =>
  tokenize(norm)
    .filter((t) => VOCABULARY.isKnown(t))
    .join(' '),
);

function wordsOf(norm: string, vocab: Vocabulary): string {
  return vocab === VOCABULARY
    ? knownWords(norm)
    : tokenize(norm)
        .filter((t) => vocab.isKnown(t))
        .join(' ');
}

export function evidenceKey(
  desc: ControlDescription,
  repertoire: string,
  vocab: Vocabulary = VOCABULARY,
): string {
  const searchBox = desc.inputType === 'search' || desc.element.getAttribute('role') === 'searchbox';
  const parts: string[] = [repertoire, searchBox ? 's' : ''];
  for (const e of desc.own) parts.push(e.norm);
  parts.push('\u0001');
  for (const e of desc.secondary) parts.push(e.norm);
  parts.push('\u0001');
  // Without label texts, placeholder and name words stand in for the label: all of them count.
  const weakOnly = !desc.own.length && !desc.secondary.length;
  for (const e of desc.weak) parts.push(weakOnly ? e.norm : wordsOf(e.norm, vocab));
  parts.push('\u0001');
  for (const e of desc.context) parts.push(wordsOf(e.norm, vocab));
  return parts.join('\u0002');
}

/** What the adjustments of word scores read besides the words: kind, type, options, scope. */
export function adjustKey(desc: ControlDescription, scope: Scope): string {
  const level = scope.groupStrong ? 2 : scope.groupListed ? 1 : 0;
  return [
    desc.control,
    desc.inputType,
    desc.autocomplete,
    desc.options.join('\u0004'),
    scope.critere ?? '',
    scope.voie ?? '',
    scope.group ?? '',
    scope.group ? level : '',
  ].join('\u0003');
}
