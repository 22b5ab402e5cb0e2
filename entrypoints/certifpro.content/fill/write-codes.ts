import { sameCode } from '@/utils/fill/codes';
import type { RecognisedField } from '@/utils/matching/types';
import { chosenCodes, pickCode } from './combobox';

export type CodesOutcome =
  | { ok: true; notOffered: string[] }
  | { ok: false; reason: string; notOffered: string[] };

/**
 * Chooses the dossier's codes in a combobox, one at a time and in order. A code the page does not
 * offer is never typed in as text: it is named in the report. Succeeds when every offered code
 * shows as chosen.
 */
export async function writeCodes(
  f: RecognisedField,
  codes: readonly string[],
  signal?: AbortSignal,
): Promise<CodesOutcome> {
  const notOffered: string[] = [];
  const notTaken: string[] = [];
  for (const code of codes) {
    if (signal?.aborted) break;
    const outcome = await pickCode(f, code, { signal });
    if (outcome === 'not_offered') notOffered.push(code);
    else if (outcome === 'not_taken') notTaken.push(code);
  }
  const chosen = chosenCodes(f);
  const missing = codes.filter(
    (c) => !notOffered.includes(c) && !chosen.some((x) => sameCode(x, c)) && !notTaken.includes(c),
  );
  const refused = [...notTaken, ...missing];
  if (refused.length > 0)
    return {
      ok: false,
      reason: `La page n’a pas gardé ${refused.join(', ')} après l’avoir proposé.`,
      notOffered,
    };
  if (notOffered.length === codes.length)
    return { ok: false, reason: `La page ne propose aucun de ces codes : ${codes.join(', ')}.`, notOffered };
  return { ok: true, notOffered };
}
