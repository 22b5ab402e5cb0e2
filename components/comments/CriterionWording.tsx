import { criterionFor, type DossierRules } from './labels';

/** The criterion's text as it applies to the dossier (wording for its filing date), folded in a <details>. */
export function CriterionWording({ rules, number }: { rules: DossierRules; number: string }) {
  const c = criterionFor(rules, number);
  if (!c) return null;
  return (
    <details className="cm-wording">
      <summary>Texte du critère</summary>
      <p>{c.wording}</p>
      <p className="cm-muted">
        {c.wordingVersion === 'previous'
          ? 'Rédaction antérieure (2021-2025), applicable à ce dossier d’après sa date de dépôt.'
          : 'Rédaction issue du décret n° 2025-500.'}
        {c.notApplicableTo ? ` Ne s’applique pas aux : ${c.notApplicableTo}.` : ''}
      </p>
    </details>
  );
}
