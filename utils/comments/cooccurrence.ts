import type { Repertoire } from '@/utils/criteria/types';

/**
 * Pairs of notions that, found anywhere in the same comment, point to one criterion even when no keyword phrase
 * matches word for word: a bloc and its evaluation (RNCP 7°), a comparison with other certifications (RNCP 2°,
 * RS 1°), data on holders and an inconsistency (R. 6113-8-1 1°). Groups hold stem prefixes (folded, stemmed);
 * a leading "=" asks for the whole stem ("=certif" is "certifiés", not "certification").
 */
interface Cooccurrence {
  label: string;
  groups: ReadonlyArray<readonly string[]>;
  /** Target per repertoire and rule set (new = requests filed from 1 October 2025). */
  target: (repertoire: Repertoire, newRules: boolean) => string | undefined;
}

export const COOCCURRENCE_WEIGHT = 4;

export const COOCCURRENCES: readonly Cooccurrence[] = [
  {
    label: 'blocs + évaluation',
    groups: [['bloc'], ['evalu', 'epreuv']],
    target: (repertoire) => (repertoire === 'RNCP' ? '7' : undefined),
  },
  {
    label: 'comparaison + autres certifications',
    groups: [
      ['compar', 'benchmark'],
      ['certific', 'titre', 'diplom'],
    ],
    target: (repertoire) => (repertoire === 'RNCP' ? '2' : '1'),
  },
  {
    // RNCP 2° ter / RS 1° quinquies: the training actions set against the référentiel.
    label: 'séquences de formation + référentiel',
    groups: [
      ['seanc', 'sequenc', 'modul', 'enseign', 'cursu', 'programm', 'maquet', 'them'],
      ['referentiel'],
    ],
    target: (repertoire, newRules) =>
      newRules ? (repertoire === 'RNCP' ? '2 ter' : '1 quinquies') : undefined,
  },
  {
    // A bloc is a set of competences for the autonomous exercise of an activity (L. 6113-1): RNCP 7°.
    label: 'bloc + activité',
    groups: [['bloc'], ['activ']],
    target: (repertoire) => (repertoire === 'RNCP' ? '7' : undefined),
  },
  {
    // The applicant checks the actions and sessions of the bodies it has habilitated (RNCP 4°, RS 3°).
    label: 'vérification + organismes habilités',
    groups: [
      ['assur', 'verif', 'control', 'garant', 'suivi', 'audit'],
      ['partenair', 'habilit', 'centre', 'prestatair', 'organism'],
    ],
    target: (repertoire) => (repertoire === 'RNCP' ? '4' : '3'),
  },
  {
    // RS 1° ter: a personal aim (leisure, well-being, family) set against a professional one (L. 6313-3).
    label: 'finalité personnelle + professionnelle',
    groups: [
      [
        'loisir',
        'amateur',
        '=personnel',
        'particul',
        'relax',
        'epanou',
        'stress',
        'famil',
        '=soi',
        'benevol',
      ],
      ['professionnel', 'emploi', 'insertion', 'travail', 'salar'],
    ],
    target: (repertoire, newRules) => (repertoire === 'RS' && newRules ? '1 ter' : undefined),
  },
  {
    label: 'données déclarées + incohérence',
    groups: [
      ['=certif', 'titulair', 'donne', 'taux', 'promotion', 'chiffr', 'effectif'],
      ['incoher', 'incompatib', 'discordan', 'contradict', 'erron', 'inexact', 'fauss', 'invraisembl'],
    ],
    target: (_repertoire, newRules) => (newRules ? 'R6113-8-1 1°' : '1'),
  },
];

function matches(stem: string, pattern: string): boolean {
  return pattern.startsWith('=') ? stem === pattern.slice(1) : stem.startsWith(pattern);
}

/** Co-occurrence hits in a list of stems: target criterion and label of each rule that fires. */
export function cooccurrenceHits(
  stems: readonly string[],
  repertoire: Repertoire,
  newRules: boolean,
  /** Whether the word at `index` may speak for `number` (not inside another criterion's phrase). */
  usable: (index: number, number: string) => boolean = () => true,
): Array<{ number: string; label: string }> {
  const hits: Array<{ number: string; label: string }> = [];
  for (const rule of COOCCURRENCES) {
    const number = rule.target(repertoire, newRules);
    if (!number) continue;
    const fires = rule.groups.every((group) =>
      stems.some((s, i) => usable(i, number) && group.some((p) => matches(s, p))),
    );
    if (fires) hits.push({ number, label: rule.label });
  }
  return hits;
}
