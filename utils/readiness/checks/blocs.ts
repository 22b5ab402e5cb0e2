/** The blocs de compétences of an RNCP dossier. */
import { itemText } from '../context';
import type { ReadinessContext } from '../types';

export interface Bloc {
  index: number;
  code: string;
  libelle: string;
  competences: string;
  evaluation: string;
}

export function blocs(ctx: ReadinessContext): Bloc[] {
  return ctx.items('fiche.blocs').map(({ item, index }) => ({
    index,
    code: itemText(item, 'code'),
    libelle: itemText(item, 'libelle'),
    competences: itemText(item, 'listeCompetences'),
    evaluation: itemText(item, 'modalitesEvaluation'),
  }));
}

export const blocName = (b: Bloc) => `bloc ${b.index + 1}${b.code ? ` (${b.code})` : ''}`;
