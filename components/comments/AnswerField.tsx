import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  value: string;
  onSave: (answer: string) => Promise<void>;
}

/** How long typing pauses before the answer is saved. */
const SAVE_DELAY_MS = 600;

/** The user's answer to a remark, for the response; saved as they type (after a pause) and when leaving the field. */
export function AnswerField({ value, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saved = useRef(value);

  const save = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text === saved.current) return;
    setStatus('saving');
    onSave(text).then(
      () => {
        saved.current = text;
        setStatus('saved');
      },
      () => setStatus('error'),
    );
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const change = (text: string) => {
    setDraft(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => save(text), SAVE_DELAY_MS);
  };

  return (
    <div className="cm-answer">
      <label htmlFor={id} className="cm-label">
        Votre réponse
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={100_000}
        value={draft}
        placeholder="Ce que vous répondez à l’instructeur (repris dans la réponse à la demande)."
        onChange={(e) => change(e.target.value)}
        onBlur={() => save(draft)}
      />
      <span
        className={`cm-answer__status cm-answer__status--${status}`}
        role="status"
        data-testid="answer-status"
      >
        {status === 'saving'
          ? 'Enregistrement…'
          : status === 'saved'
            ? 'Réponse enregistrée'
            : status === 'error'
              ? 'La réponse n’a pas pu être enregistrée : réessayez.'
              : ''}
      </span>
    </div>
  );
}
