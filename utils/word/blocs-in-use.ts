import type { Dossier } from '../dossier/model';
import { isFilled } from '../dossier/paths';

/**
 * Where the document's blocs start: after the last bloc that holds anything. Trailing empty blocs
 * (a new RNCP dossier has one) take the document's first blocs instead of staying empty before them.
 */
export function blocsInUse(d: Pick<Dossier, 'groups'>): number {
  const blocs = d.groups['fiche.blocs'] ?? [];
  for (let i = blocs.length - 1; i >= 0; i--)
    if (Object.values(blocs[i] ?? {}).some((v) => isFilled(v))) return i + 1;
  return 0;
}
