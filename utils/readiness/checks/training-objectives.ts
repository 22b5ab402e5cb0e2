import { argumentaireId } from '../criterion-ids';
import { article, L6313_3 } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';

/** The four aims of L. 6313-3, or the article itself. */
const AIMS =
  /l\.? ?6313-3|acces a (un )?l?'?emploi|adaptation (des travailleurs|au poste|des salaries)|evolution (des emplois|de leur metier|du metier)|maintien dans l'emploi|developpement des competences|qualification plus elevee|mutation d'activite|mobilite professionnelle|reconversion/;

/** RS 1° ter (décret 2025-500): the certification serves one of the aims set by L. 6313-3. */
export const trainingObjectivesCheck: ReadinessCheck = {
  id: 'objectifs-l6313-3',
  title: 'L’argumentaire rattache la certification à un objectif de l’article L. 6313-3',
  criteria: { RS: ['1 ter'] },
  sources: [article('RS', '1 ter'), L6313_3],
  fields: [argumentaireId('RS', '1 ter')],
  run(ctx, number) {
    const path = argumentaireId('RS', number);
    const text = ctx.text(path);
    if (text === '' || mentions(text, AIMS)) return [];
    return [
      {
        severity: 'a-completer',
        message:
          'Rattachez la certification à l’un des objectifs de l’article L. 6313-3 : accès à l’emploi, adaptation au poste et évolution des emplois, prévention des risques liés à une mutation d’activité, mobilité professionnelle.',
        paths: [path],
      },
    ];
  },
};
