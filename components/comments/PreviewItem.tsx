import { CriterionInfo } from './CriterionInfo';
import { CriterionSelect } from './CriterionSelect';
import { FieldButtons } from './FieldButtons';
import type { DossierRules } from './labels';
import { type PreviewEntry, toConfirm } from './preview';

interface Props {
  entry: PreviewEntry;
  index: number;
  rules: DossierRules;
  onChoose: (number: string | null) => void;
  onToggle: (selected: boolean) => void;
  /** The user accepts the engine's low-confidence link. */
  onConfirm: () => void;
}

/** One analysed comment: its text (as text, never HTML), the linked criterion and the fields to correct. */
export function PreviewItem({ entry, index, rules, onChoose, onToggle, onConfirm }: Props) {
  const { linked } = entry;
  const confirm = toConfirm(entry);
  return (
    <li
      className={entry.selected ? 'cm-card' : 'cm-card cm-card--off'}
      data-testid="preview-item"
      data-to-confirm={confirm ? 'true' : undefined}
    >
      <div className="cm-card__top">
        <span className="cm-card__num">Remarque {index + 1}</span>
        <label className="cm-check">
          <input type="checkbox" checked={entry.selected} onChange={(e) => onToggle(e.target.checked)} />
          Suivre
        </label>
      </div>
      {linked.heading && <p className="cm-heading">{linked.heading}</p>}
      <p className="cm-text">{linked.text}</p>
      <CriterionInfo
        rules={rules}
        number={entry.criterion}
        engine={{ confidence: linked.confidence, reasons: linked.reasons, runnerUp: linked.runnerUp }}
        byUser={entry.criterionByUser}
        onChoose={(n) => onChoose(n)}
        toConfirm={confirm}
        onConfirm={onConfirm}
      />
      <CriterionSelect rules={rules} value={entry.criterion} onChange={onChoose} />
      <FieldButtons ids={entry.fields} />
    </li>
  );
}
