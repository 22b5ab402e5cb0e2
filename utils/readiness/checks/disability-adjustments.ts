import { itemText } from '../context';
import { argumentaireId } from '../criterion-ids';
import { article, framework } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';

/** Exam adjustments for disabled candidates, stated as such. */
const ADJUSTMENTS = [
  /amenagements?|tiers[- ]temps|temps (majore|supplementaire)|referent handicap|compensation du handicap/,
  /handicap[^.]{0,100}(epreuves?|evaluations?|examens?|candidats?|sessions?)/,
  /(epreuves?|evaluations?|examens?|candidats?|sessions?)[^.]{0,100}handicap/,
];

/**
 * RNCP 3° / RS 2°: the certification scheme states the adjustments of the tests for candidates with a
 * disability (framework C6: « dispositions spécifiques … pour les personnes en situation de handicap »).
 */
export const disabilityAdjustmentsCheck: ReadinessCheck = {
  id: 'amenagements-handicap',
  title: 'Les aménagements d’épreuves pour les candidats en situation de handicap sont indiqués',
  criteria: { RNCP: ['3'], RS: ['2'] },
  sources: [
    article('RNCP', '3'),
    article('RS', '2'),
    framework('C6 (dispositions pour les personnes en situation de handicap)'),
  ],
  fields: [
    'fiche.modalitesEvaluation',
    'fiche.blocs[].modalitesEvaluation',
    'fiche.modalitesAcquisitionBlocs',
  ],
  run(ctx, number) {
    const control = ctx.repertoire === 'RNCP' ? '4' : '3';
    const places = [
      ctx.repertoire === 'RS' ? 'fiche.modalitesEvaluation' : 'fiche.modalitesAcquisitionBlocs',
      argumentaireId(ctx.repertoire, number),
      argumentaireId(ctx.repertoire, control),
    ];
    const texts = places.map((p) => ctx.text(p));
    if (ctx.repertoire === 'RNCP')
      for (const { item } of ctx.items('fiche.blocs')) texts.push(itemText(item, 'modalitesEvaluation'));
    if (mentions(texts.join('\n'), ...ADJUSTMENTS)) return [];
    return [
      {
        severity: 'a-completer',
        message:
          'Le dossier ne dit pas comment les épreuves sont adaptées aux candidats en situation de handicap : indiquez les aménagements possibles (temps majoré, supports adaptés, aide humaine) et qui les décide.',
        paths: [places[0] ?? 'fiche.modalitesEvaluation', places[1] ?? ''],
        sources: [
          article(ctx.repertoire, number),
          framework('C6 (dispositions pour les personnes en situation de handicap)'),
        ],
      },
    ];
  },
};
