/**
 * The sentence about created items after « Annuler » (added to the fields' sentence): only what
 * is true. `removed` were removed through their own remove control and are gone from the page;
 * `left` are still on the page (no remove control, changed since, or the page kept them).
 */
export function createdUndoMessage(removed: number, left: number): string {
  const parts: string[] = [];
  if (removed > 0)
    parts.push(
      `${removed} élément${removed > 1 ? 's' : ''} créé${removed > 1 ? 's' : ''} par le pré-remplissage supprimé${removed > 1 ? 's' : ''} de la page`,
    );
  if (left > 0)
    parts.push(
      `${left} élément${left > 1 ? 's' : ''} créé${left > 1 ? 's' : ''} resté${left > 1 ? 's' : ''} sur la page (voir ci-dessous)`,
    );
  return parts.length ? `${parts.join(' ; ')}.` : '';
}
