/** « 1 champ », « 3 champs ». */
const fields = (n: number) => `${n} champ${n > 1 ? 's' : ''}`;

/**
 * The sentence after « Annuler »: only what is true. `restored` fields were read back in their
 * state from before the fill; `kept` were changed since the fill and left as the person made them;
 * `failed` could not be put back.
 */
export function undoMessage(restored: number, kept: number, failed: number): string {
  if (restored + kept + failed === 0)
    return 'Rien à annuler : le pré-remplissage n’avait modifié aucun champ.';
  const parts: string[] = [];
  const s = restored > 1 ? 's' : '';
  if (restored > 0) parts.push(`${fields(restored)} rétabli${s} dans l’état d’avant le pré-remplissage`);
  if (kept > 0)
    parts.push(
      `${fields(kept)} modifié${kept > 1 ? 's' : ''} depuis le pré-remplissage laissé${kept > 1 ? 's' : ''} tel${kept > 1 ? 's' : ''} quel${kept > 1 ? 's' : ''}`,
    );
  if (failed > 0) parts.push(`${fields(failed)} non rétabli${failed > 1 ? 's' : ''} (voir ci-dessous)`);
  const head = failed > 0 ? 'Pré-remplissage annulé en partie' : 'Pré-remplissage annulé';
  return `${head} : ${parts.join(', ')}.`;
}
