import { article, PROMOTIONS_RULE } from '../sources';
import { frenchList } from '../text';
import type { FindingDraft, ReadinessCheck, ReadinessContext } from '../types';
import { promotions, promotionsInWindow, windowYears } from './promotion-years';

const YEAR = 'promotions[].annee';
const DURATION = 'demande.dureeSouhaitee';

function requestedYears(ctx: ReadinessContext): number | null {
  const v = ctx.text(DURATION);
  const n = Number(v.replace(',', '.'));
  return v !== '' && Number.isFinite(n) ? n : null;
}

function currentRules(ctx: ReadinessContext): FindingDraft[] {
  const [current, previous] = windowYears(ctx);
  const all = promotions(ctx);
  const years = [...new Set(promotionsInWindow(ctx).map((p) => p.year))].sort();
  const outside = [...new Set(all.map((p) => p.year).filter((y) => !years.includes(y)))].sort();
  const period = `${current} (année du dépôt) et ${previous}`;
  const outsideNote =
    outside.length > 0
      ? ` ; ${frenchList(outside.map(String))} ${outside.length > 1 ? 'sont' : 'est'} hors de cette période`
      : '';
  const paths = all.length > 0 ? all.map((p) => `promotions[${p.index}].annee`) : [YEAR];
  if (years.length === 0)
    return [
      {
        severity: 'bloquant',
        message: `Aucune promotion de titulaires sur la période prise en compte, ${period}${outsideNote}. Saisissez les promotions de ces années.`,
        paths,
      },
    ];
  if (years.length >= 2) return [];
  const only = years[0];
  const missing = only === current ? previous : current;
  if (ctx.dossier.requestKind === 'renouvellement')
    return [
      {
        severity: 'a-completer',
        message: `Sur la période prise en compte (${period}), les données des promotions ne portent que sur ${only}${outsideNote}. Ajoutez la promotion ${missing} si ses données sont disponibles.`,
        paths,
      },
    ];
  const asked = requestedYears(ctx);
  if (asked !== null && asked <= 3) return [];
  return [
    {
      severity: 'a-completer',
      message: `Sur la période prise en compte (${period}), les données des promotions ne portent que sur une seule année, ${only}${outsideNote} : la durée d’enregistrement sera limitée à 3 ans. Ajoutez la promotion ${missing} si ses données sont disponibles, ou demandez une durée de 3 ans.`,
      paths: [...paths, DURATION],
    },
  ];
}

function previousRules(ctx: ReadinessContext): FindingDraft[] {
  const years = new Set(promotions(ctx).map((p) => p.year));
  if (years.size >= 2) return [];
  return [
    {
      severity: 'bloquant',
      message: `Pour une demande déposée avant le 1ᵉʳ octobre 2025, l’analyse doit porter sur au moins deux promotions de titulaires : ${years.size === 0 ? 'aucune n’est saisie' : `seule ${[...years][0]} est saisie`}.`,
      paths: promotions(ctx)
        .map((p) => `promotions[${p.index}].annee`)
        .concat(years.size === 0 ? [YEAR] : []),
    },
  ];
}

/**
 * The promotions analysed for the criteria on holders (RNCP 1°, 2°; RS 1° bis): under décret 2025-500 those of
 * the filing year and the year before, one year only capping a first registration at 3 years (II a);
 * before 1 October 2025, at least two promotions.
 */
export const promotionsPeriodCheck: ReadinessCheck = {
  id: 'promotions-periode',
  title:
    'Les promotions couvrent l’année du dépôt et la précédente (une seule année : enregistrement limité à 3 ans)',
  criteria: { RNCP: ['1'], RS: ['1 bis'] },
  sources: ['Code du travail, art. R. 6113-9, II et R. 6113-11, II (promotions prises en compte)'],
  fields: ['promotions[].annee', 'promotions[].nombreCertifies', DURATION],
  run(ctx, number) {
    const findings = ctx.newRules ? currentRules(ctx) : previousRules(ctx);
    const sources = [PROMOTIONS_RULE[ctx.repertoire], article(ctx.repertoire, number)];
    return findings.map((f) => ({ ...f, sources }));
  },
};
