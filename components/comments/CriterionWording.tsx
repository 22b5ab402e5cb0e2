import { criteriaFor, NEW_RULES_FROM } from '@/utils/criteria';
import { criterionFor, type DossierRules, formatDay } from './labels';

/** The criterion's text as it applies to the dossier (wording for its filing date), folded in a <details>. */
export function CriterionWording({ rules, number }: { rules: DossierRules; number: string }) {
  const c = criterionFor(rules, number);
  if (!c) return null;
  const applies = criteriaFor(rules.repertoire, rules.filedOn ?? undefined).some((x) => x.number === number);
  return (
    <details className="cm-wording">
      <summary>Texte du critère</summary>
      <p>{c.wording}</p>
      <p className="cm-muted">
        {!applies
          ? `Ne s’applique qu’aux demandes déposées à partir du ${formatDay(NEW_RULES_FROM)} : vérifiez la date de dépôt du dossier.`
          : c.wordingVersion === 'previous'
            ? 'Rédaction antérieure (2021-2025), applicable à ce dossier d’après sa date de dépôt.'
            : 'Rédaction issue du décret n° 2025-500.'}
        {c.notApplicableTo ? ` Ne s’applique pas aux : ${c.notApplicableTo}.` : ''}
      </p>
    </details>
  );
}
