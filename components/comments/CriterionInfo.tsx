import type { RunnerUp } from '@/utils/comments';
import { CriterionWording } from './CriterionWording';
import { confidenceLevel, confidenceText, criterionName, type DossierRules, percent } from './labels';

interface Props {
  rules: DossierRules;
  number: string | null;
  /** The engine's answer; omitted for comments already tracked. */
  engine?: { confidence: number; reasons: string[]; runnerUp: RunnerUp | null };
  byUser: boolean;
  onChoose?: (number: string) => void;
  /** A low-confidence link the user has to confirm (« à confirmer »). */
  toConfirm?: boolean;
  onConfirm?: () => void;
}

/** The linked criterion: name, confidence (or « choisi par vous »), wording, reasons and close runner-up. */
export function CriterionInfo({ rules, number, engine, byUser, onChoose, toConfirm, onConfirm }: Props) {
  const runnerUp = engine?.runnerUp;
  return (
    <div className="cm-criterion">
      <p className="cm-criterion__head">
        {number ? (
          <strong className="cm-criterion__name">{criterionName(rules.repertoire, number)}</strong>
        ) : (
          <strong className="cm-criterion__name cm-criterion__name--none">Critère non identifié</strong>
        )}
        {byUser ? (
          <span className="cm-badge cm-badge--user">choisi par vous</span>
        ) : (
          engine &&
          number && (
            <span className={`cm-badge cm-badge--${confidenceLevel(engine.confidence)}`}>
              {confidenceText(engine.confidence)}
            </span>
          )
        )}
        {toConfirm && (
          <span className="cm-badge cm-badge--confirm" data-testid="to-confirm">
            à confirmer
          </span>
        )}
        {toConfirm && onConfirm && (
          <button type="button" className="cm-link" onClick={onConfirm}>
            Confirmer ce critère
          </button>
        )}
      </p>
      {number && <CriterionWording rules={rules} number={number} />}
      {engine && !byUser && engine.reasons.length > 0 && (
        <p className="cm-reasons">
          <span className="cm-label">Pourquoi : </span>
          {engine.reasons.join(' ; ')}
        </p>
      )}
      {runnerUp && !byUser && (
        <p className="cm-runner-up">
          <span className="cm-label">Autre possibilité : </span>
          {criterionName(rules.repertoire, runnerUp.number)} ({percent(runnerUp.confidence)})
          {onChoose && (
            <button type="button" className="cm-link" onClick={() => onChoose(runnerUp.number)}>
              Choisir ce critère
            </button>
          )}
        </p>
      )}
    </div>
  );
}
