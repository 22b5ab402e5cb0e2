import { counterText } from '@/utils/validation/counter-text';
import type { FieldLimit } from './limits';

interface Props {
  id: string;
  count: number;
  limit: FieldLimit | null;
}

/** « 1 234 caractères » or « 1 234 / 3 000 » (orange near the limit, red beyond), with its source. */
export function CharCounter({ id, count, limit }: Props) {
  const c = counterText(count, limit?.limit ?? null);
  if (!limit) {
    return (
      <span id={id} className="cf-counter">
        {c.text} caractère{count > 1 ? 's' : ''}
      </span>
    );
  }
  return (
    <span id={id} className={`cf-counter cf-counter--${c.state}`} title={`Limite ${limit.source}`}>
      <span aria-hidden="true">{c.text}</span>
      <span className="visually-hidden">
        {c.srText} (limite de {limit.limit} caractères, {limit.source})
      </span>
    </span>
  );
}
