import { formatCount } from './format';
import type { FieldLimit } from './limits';

interface Props {
  id: string;
  count: number;
  limit: FieldLimit | null;
}

/** « 1 234 caractères » or « 1 234 / 3 000 », red beyond the limit. */
export function CharCounter({ id, count, limit }: Props) {
  if (!limit) {
    return (
      <span id={id} className="cf-counter">
        {formatCount(count)} caractère{count > 1 ? 's' : ''}
      </span>
    );
  }
  const over = count - limit.limit;
  return (
    <span
      id={id}
      className={over > 0 ? 'cf-counter cf-counter--over' : 'cf-counter'}
      title={`Limite de ${formatCount(limit.limit)} caractères ${limit.source}`}
    >
      <span aria-hidden="true">
        {formatCount(count)} / {formatCount(limit.limit)}
      </span>
      <span className="visually-hidden">
        {formatCount(count)} caractères sur {formatCount(limit.limit)} au plus, limite {limit.source}
      </span>
      {over > 0 && <span className="cf-counter__over"> — {formatCount(over)} de trop</span>}
    </span>
  );
}
