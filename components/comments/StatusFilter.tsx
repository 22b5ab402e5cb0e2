import { useId } from 'react';
import type { CommentStatus, TrackedComment } from '@/utils/storage/records';
import { STATUS_LABELS, STATUSES } from './labels';

export type Filter = CommentStatus | 'toutes' | 'restantes';

const FILTER_LABELS: Record<Filter, string> = {
  toutes: 'Toutes',
  restantes: 'À traiter ou en cours',
  ...STATUS_LABELS,
};

export function applyFilter(comments: readonly TrackedComment[], filter: Filter): TrackedComment[] {
  if (filter === 'toutes') return [...comments];
  if (filter === 'restantes') return comments.filter((c) => c.status !== 'corrige');
  return comments.filter((c) => c.status === filter);
}

/** Filter by status, with the count of each. */
export function StatusFilter({
  comments,
  value,
  onChange,
}: {
  comments: readonly TrackedComment[];
  value: Filter;
  onChange: (f: Filter) => void;
}) {
  const id = useId();
  const filters: Filter[] = ['toutes', 'restantes', ...STATUSES];
  return (
    <span className="cm-filter">
      <label htmlFor={id}>Afficher</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Filter)}>
        {filters.map((f) => (
          <option key={f} value={f}>
            {FILTER_LABELS[f]} ({applyFilter(comments, f).length})
          </option>
        ))}
      </select>
    </span>
  );
}
