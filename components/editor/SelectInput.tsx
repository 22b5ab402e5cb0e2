import { enumOptions } from '@/utils/catalogue';
import type { FieldValue } from '@/utils/dossier/model';

interface Props {
  id: string;
  path: string;
  enumRef: string | null;
  value: FieldValue;
  required: boolean;
  describedBy: string | undefined;
  onChange: (value: FieldValue) => void;
}

export function SelectInput({ id, path, enumRef, value, required, describedBy, onChange }: Props) {
  const options = enumOptions(enumRef);
  const current = value === null ? '' : String(value);
  const known = current === '' || options.some((o) => o.code === current);
  return (
    <select
      id={id}
      className="cf-select"
      data-field-path={path}
      value={current}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    >
      <option value="">— Choisir —</option>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
      {!known && <option value={current}>{current} (valeur non reconnue)</option>}
    </select>
  );
}
