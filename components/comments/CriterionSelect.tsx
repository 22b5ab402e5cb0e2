import { useId } from 'react';
import { GroupedOptions } from '@/components/shared/GroupedOptions';
import { criterionGroups } from './criterion-choice';
import type { DossierRules } from './labels';

interface Props {
  rules: DossierRules;
  value: string | null;
  onChange: (number: string | null) => void;
  label?: string;
}

/** All criteria applicable to the dossier; the empty choice means « no criterion ». */
export function CriterionSelect({ rules, value, onChange, label = 'Changer de critère' }: Props) {
  const id = useId();
  return (
    <div className="cm-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">— Aucun critère —</option>
        <GroupedOptions groups={criterionGroups(rules, value)} />
      </select>
    </div>
  );
}
