import { useId } from 'react';
import type { CommentStatus } from '@/utils/storage/records';
import { STATUS_LABELS, STATUSES } from './labels';

/** À traiter / En cours / Corrigé. */
export function StatusSelect({
  value,
  onChange,
}: {
  value: CommentStatus;
  onChange: (s: CommentStatus) => void;
}) {
  const id = useId();
  return (
    <span className={`cm-status cm-status--${value}`}>
      <label htmlFor={id} className="visually-hidden">
        Statut
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as CommentStatus)}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </span>
  );
}
