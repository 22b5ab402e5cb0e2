import { findCriterion, isIsoDate, NEW_RULES_FROM } from '@/utils/criteria';
import { useDraft } from './editor-context';
import { formatIsoDay } from './format';

/** `rncp.critere2bis` → « 2 bis ». */
export function criterionNumber(clusterKey: string): string | null {
  const m = /critere(\d+)(bis|ter|quater|quinquies)?$/.exec(clusterKey);
  if (!m?.[1]) return null;
  return m[2] ? `${m[1]} ${m[2]}` : m[1];
}

/** The criterion's wording for the dossier's filing date, folded under its argumentaire. */
export function CriterionText({ clusterKey }: { clusterKey: string }) {
  const repertoire = useDraft((d) => d.repertoire);
  const filedOn = useDraft((d) => d.filedOn);
  const number = criterionNumber(clusterKey);
  if (!number) return null;
  const date = filedOn && isIsoDate(filedOn) ? filedOn : undefined;
  const applicable = findCriterion(repertoire, number, date);
  const c = applicable ?? findCriterion(repertoire, number, date, true);
  if (!c) return null;
  return (
    <details className="cf-criterion">
      <summary>
        Texte du critère
        {c.wordingVersion === 'previous' ? ' (rédaction 2021-2025)' : ' (rédaction en vigueur)'}
      </summary>
      {!applicable && (
        <p className="cf-inline-warning">
          Ce critère ne s’applique qu’aux demandes déposées à partir du {formatIsoDay(NEW_RULES_FROM)}.
        </p>
      )}
      <blockquote>{c.wording}</blockquote>
      {c.notApplicableTo && <p className="cf-hint">Ne s’applique pas : {c.notApplicableTo}</p>}
    </details>
  );
}
