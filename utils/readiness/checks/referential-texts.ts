/** The texts that make up the référentiels in the dossier's own fields (activities, compétences, evaluation). */
import { itemText } from '../context';
import type { ReadinessContext } from '../types';

export interface PlacedText {
  path: string;
  text: string;
}

/** Référentiel d’activités et de compétences: activities (RNCP), compétences attestées, each bloc's compétences. */
export function competenceTexts(ctx: ReadinessContext): PlacedText[] {
  const out: PlacedText[] = [];
  if (ctx.repertoire === 'RNCP')
    out.push({ path: 'fiche.activitesVisees', text: ctx.text('fiche.activitesVisees') });
  out.push({ path: 'fiche.competencesAttestees', text: ctx.text('fiche.competencesAttestees') });
  if (ctx.repertoire === 'RNCP')
    for (const { item, index } of ctx.items('fiche.blocs'))
      out.push({ path: `fiche.blocs[${index}].listeCompetences`, text: itemText(item, 'listeCompetences') });
  return out.filter((t) => t.text !== '');
}

export interface EvaluationText extends PlacedText {
  /** « du bloc 2 », « de la certification » */
  of: string;
  /** The compétences this evaluation assesses. */
  competences: string;
}

/** Référentiel d’évaluation: each bloc's modalités (RNCP), the certification's modalités (RS). */
export function evaluationTexts(ctx: ReadinessContext): EvaluationText[] {
  if (ctx.repertoire === 'RS')
    return [
      {
        path: 'fiche.modalitesEvaluation',
        text: ctx.text('fiche.modalitesEvaluation'),
        of: 'de la certification',
        competences: ctx.text('fiche.competencesAttestees'),
      },
    ];
  return ctx.items('fiche.blocs').map(({ item, index }) => ({
    path: `fiche.blocs[${index}].modalitesEvaluation`,
    text: itemText(item, 'modalitesEvaluation'),
    of: `du bloc ${index + 1}`,
    competences: itemText(item, 'listeCompetences'),
  }));
}
