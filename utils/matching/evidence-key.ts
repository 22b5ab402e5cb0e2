import type { Scope } from './cues';
import type { ControlDescription } from './description';
import { memo } from './memo';
import { isNumberToken, tokenize } from './tokens';
import { VOCABULARY } from './vocabulary';

/**
 * A key such that two descriptions with the same key get the same word scores (score.ts), so a
 * scan scores each distinct wording once: repeated groups (blocs, promotions, partenaires) repeat
 * their labels and context. Label texts enter as normalised; placeholder, name and context texts
 * only by the words some catalogue wording uses — the other words weigh nothing there — and a
 * number (« Bloc 3 ») only when a field the label's words evoke has a wording holding it: the
 * scorer only weighs wordings of those fields.
 */

const knownTokens = memo((norm: string) => tokenize(norm).filter((t) => VOCABULARY.isKnown(t)));

/** Fields some wording of which holds one of the label texts' words (label norms joined by \u0001). */
const labelFields = memo((labels: string) => {
  const fields = new Set<number>();
  for (const norm of labels.split('\u0001'))
    for (const t of tokenize(norm)) for (const f of VOCABULARY.fieldPostings.get(t) ?? []) fields.add(f);
  return fields;
});

function wordsOf(norm: string, fields: ReadonlySet<number>): string {
  const tokens = knownTokens(norm);
  if (!tokens.some(isNumberToken)) return tokens.join(' ');
  return tokens
    .filter((t) => !isNumberToken(t) || VOCABULARY.fieldPostings.get(t)?.some((f) => fields.has(f)))
    .join(' ');
}

export function evidenceKey(desc: ControlDescription, repertoire: string): string {
  const searchBox = desc.inputType === 'search' || desc.element.getAttribute('role') === 'searchbox';
  // Without label texts, placeholder and name words stand in for the label: all of them count.
  const weakOnly = !desc.own.length && !desc.secondary.length;
  const norms = (texts: readonly { norm: string }[]) => texts.map((e) => e.norm);
  const labels = weakOnly ? norms(desc.weak) : [...norms(desc.own), '\u0002', ...norms(desc.secondary)];
  const fields = labelFields(labels.join('\u0001'));
  const parts: string[] = [repertoire, searchBox ? 's' : '', ...labels, '\u0003'];
  if (!weakOnly) for (const e of desc.weak) parts.push(wordsOf(e.norm, fields));
  parts.push('\u0003');
  for (const e of desc.context) parts.push(wordsOf(e.norm, fields));
  return parts.join('\u0001');
}

/** What the adjustments of word scores read besides the words and options: kind, type, scope. */
export function settingKey(desc: ControlDescription, scope: Scope): string {
  const level = scope.groupStrong ? 2 : scope.groupListed ? 1 : 0;
  return [
    desc.control,
    desc.inputType,
    desc.autocomplete,
    scope.critere ?? '',
    scope.voie ?? '',
    scope.group ?? '',
    scope.group ? level : '',
  ].join('\u0003');
}

/** What the adjustments of word scores read besides the words: the setting and the options. */
export function adjustKey(desc: ControlDescription, scope: Scope): string {
  return `${settingKey(desc, scope)}\u0003${desc.options.join('\u0004')}`;
}
