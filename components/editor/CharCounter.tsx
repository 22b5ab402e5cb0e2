import { counterText } from '@/utils/validation/counter-text';
import type { FieldLimit } from './limits';

interface Props {
  id: string;
  count: number;
  limit: FieldLimit | null;
}

/** « relevée précédemment sur la page (compteur) » → « relevée sur la page », and so on. */
function shortSource(source: string): string {
  if (/^relevée/.test(source)) return 'relevée sur la page';
  if (/^indiquée/.test(source)) return 'de la page';
  if (/^habituelle/.test(source)) return 'habituelle';
  return source;
}

/** « 1 234 caractères » or « 1 234 / 3 000 » (orange near the limit, red beyond), with its source. */
export function CharCounter({ id, count, limit }: Props) {
  const c = counterText(count, limit?.limit ?? null);
  // A plain textarea on the platform counts the plain rendering, bullets and blank lines included.
  const plain = limit?.counts === 'plain';
  if (!limit) {
    return (
      <span id={id} className="cf-counter">
        {c.text} caractère{count > 1 ? 's' : ''}
      </span>
    );
  }
  return (
    <span
      id={id}
      className={`cf-counter cf-counter--${c.state}`}
      title={`Limite ${limit.source}${plain ? ' : la page est un champ de texte simple, elle compte le texte avec ses puces « - » et ses lignes vides' : ''}`}
    >
      <span aria-hidden="true">
        {c.text}
        <span className="cf-counter__source">
          {' '}
          · limite {shortSource(limit.source)}
          {plain && ', sur le texte simple'}
        </span>
      </span>
      <span className="visually-hidden">
        {c.srText} (limite de {limit.limit} caractères, {limit.source}
        {plain && ' ; la page compte le texte simple, puces « - » et lignes vides comprises'})
      </span>
    </span>
  );
}
