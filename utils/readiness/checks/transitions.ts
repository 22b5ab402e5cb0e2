import { argumentaireId, criterionName } from '../criterion-ids';
import { article, framework } from '../sources';
import { mentions } from '../text';
import type { ReadinessCheck } from '../types';
import { competenceTexts } from './referential-texts';

interface Theme {
  /** « la transition écologique » */
  name: string;
  /** Point of the article: a), b), c). */
  point: string;
  patterns: RegExp[];
  /** Also under the 2021–2025 wording (« le cas échéant »). */
  before2025: boolean;
}

const THEMES: readonly Theme[] = [
  {
    name: 'la transition écologique',
    point: 'a',
    patterns: [
      /ecologi|environnement|developpement durable|sobriete|energetique|empreinte carbone|decarbon|dechets|eco-?conception|economie circulaire|biodiversite|\brse\b/,
    ],
    before2025: false,
  },
  {
    name: 'la transition numérique',
    point: 'a',
    patterns: [
      /numerique|digital|dematerialis|logiciels?|intelligence artificielle|\bia\b|donnees|connecte|cyber|en ligne|informatique|outils? collaboratifs?/,
    ],
    before2025: false,
  },
  {
    name: 'la prévention en santé et sécurité au travail',
    point: 'b',
    patterns: [
      /sante et (la )?securite|securite au travail|prevention des risques|risques? professionnels?|\bsst\b|gestes et postures|habilitation electrique|consignes de securite|equipements? de protection|\bepi\b|risque electrique|ergonomi/,
    ],
    before2025: false,
  },
  {
    name: 'le handicap, l’accessibilité et la conception universelle',
    point: 'c',
    patterns: [/handicap|accessibilit|conception universelle|mobilite reduite|inclusi/],
    before2025: true,
  },
];

/**
 * RNCP 3° / RS 2° (décret 2025-500): the référentiels integrate, as the certification requires, the effects of the
 * ecological and digital transitions, health and safety at work, and disability and accessibility. A theme
 * absent from the référentiel and from the argumentaire is to be integrated or its absence explained.
 */
export const transitionsCheck: ReadinessCheck = {
  id: 'transitions',
  title:
    'Le référentiel intègre les transitions écologique et numérique, la santé-sécurité au travail et le handicap',
  criteria: { RNCP: ['3'], RS: ['2'] },
  sources: [article('RNCP', '3'), article('RS', '2'), framework('C4 (situations de handicap)')],
  fields: ['fiche.activitesVisees', 'fiche.competencesAttestees', 'fiche.blocs[].listeCompetences'],
  run(ctx, number) {
    const texts = competenceTexts(ctx);
    if (texts.length === 0) return [];
    const argumentaire = argumentaireId(ctx.repertoire, number);
    const all = [...texts.map((t) => t.text), ctx.text(argumentaire)].join('\n');
    const letter = ctx.repertoire === 'RNCP' ? '3°' : '2°';
    return THEMES.filter((t) => ctx.newRules || t.before2025)
      .filter((t) => !mentions(all, ...t.patterns))
      .map((t) => ({
        severity: 'a-completer' as const,
        message: `Ni le référentiel ni l’argumentaire du ${criterionName(number)} ne parlent de ${t.name}${ctx.newRules ? ` (${letter} ${t.point})` : ''} : si le métier est concerné, intégrez-le aux compétences ; sinon, dites pourquoi dans l’argumentaire.`,
        paths: [texts[0]?.path ?? 'fiche.competencesAttestees', argumentaire],
        sources: [article(ctx.repertoire, number)],
      }));
  },
};
