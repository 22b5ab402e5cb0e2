import { quoted } from '@/components/popup/french';
import { dueState, dueText } from '@/utils/comments/due-text';
import { todayIso } from '@/utils/criteria';

interface Props {
  dueOn: string | null;
  /** The words of the letter that set the deadline (« dans un délai de 30 jours »). */
  words?: string | null;
  today?: string;
}

/** « À rendre le 15 janvier 2027 — dans 44 jours », coloured by how close it is, with the words it comes from. */
export function DueNotice({ dueOn, words, today = todayIso() }: Props) {
  if (!dueOn) {
    return (
      <p className="cm-due cm-due--none" data-testid="due">
        Aucun délai de réponse trouvé dans le courrier.
      </p>
    );
  }
  return (
    <p className={`cm-due cm-due--${dueState(dueOn, today)}`} data-testid="due">
      <strong>{dueText(dueOn, today)}</strong>
      {words && <span className="cm-due__words"> (d’après {quoted(words)})</span>}
    </p>
  );
}
