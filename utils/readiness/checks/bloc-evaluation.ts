import { article, framework } from '../sources';
import { fold, mentions } from '../text';
import type { FindingDraft, ReadinessCheck } from '../types';
import { blocName, blocs } from './blocs';

/** Modalités that refer to another bloc's or to one test for all. */
const SHARED =
  /(memes?|identiques?) (modalites|epreuves?)|voir (le )?bloc|cf\.? (le )?bloc|communes? (a|aux) (tous les|l'ensemble des) blocs|evaluation (finale|globale) (unique|commune)|epreuve (finale|globale|unique) (commune|pour l'ensemble)/;

const squash = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * RNCP 7°: the certification is made of blocs, each with its compétences and its own, specific evaluation,
 * so that each bloc can be assessed and validated on its own (framework C5: « évaluation dissociée et
 * indépendante des blocs »).
 */
export const blocEvaluationCheck: ReadinessCheck = {
  id: 'blocs-evaluation',
  title: 'Chaque bloc a ses compétences et sa propre évaluation',
  criteria: { RNCP: ['7'] },
  sources: [article('RNCP', '7'), framework('C5 (évaluation dissociée et indépendante des blocs)')],
  fields: ['fiche.blocs[].libelle', 'fiche.blocs[].listeCompetences', 'fiche.blocs[].modalitesEvaluation'],
  run(ctx) {
    const list = blocs(ctx);
    if (list.length === 0)
      return [
        {
          severity: 'bloquant',
          message:
            'Aucun bloc de compétences n’est saisi : une certification du RNCP est organisée en blocs, chacun avec sa liste de compétences et ses modalités d’évaluation.',
          paths: ['fiche.blocs[].libelle'],
        },
      ];
    const out: FindingDraft[] = [];
    const seen = new Map<string, number>();
    for (const b of list) {
      const name = blocName(b);
      if (b.libelle === '')
        out.push({
          severity: 'bloquant',
          message: `Le ${name} n’a pas d’intitulé.`,
          paths: [`fiche.blocs[${b.index}].libelle`],
        });
      if (b.competences === '')
        out.push({
          severity: 'bloquant',
          message: `Le ${name} n’a pas de liste de compétences.`,
          paths: [`fiche.blocs[${b.index}].listeCompetences`],
        });
      const path = `fiche.blocs[${b.index}].modalitesEvaluation`;
      if (b.evaluation === '') {
        out.push({
          severity: 'bloquant',
          message: `Le ${name} n’a pas ses propres modalités d’évaluation : chaque bloc doit pouvoir être évalué et validé séparément.`,
          paths: [path],
        });
        continue;
      }
      const key = squash(b.evaluation);
      const twin = seen.get(key);
      if (twin !== undefined)
        out.push({
          severity: 'a-completer',
          message: `Le ${name} reprend mot pour mot les modalités d’évaluation du bloc ${twin + 1} : décrivez l’épreuve propre à ses compétences.`,
          paths: [path, `fiche.blocs[${twin}].modalitesEvaluation`],
        });
      else seen.set(key, b.index);
      if (mentions(b.evaluation, SHARED))
        out.push({
          severity: 'a-completer',
          message: `Les modalités d’évaluation du ${name} renvoient à une épreuve commune ou à un autre bloc : chaque bloc a besoin d’une évaluation spécifique.`,
          paths: [path],
        });
    }
    return out;
  },
};
