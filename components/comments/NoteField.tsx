import { useId, useState } from 'react';

/** A free note on a tracked comment, saved when the field loses the focus. */
export function NoteField({ value, onSave }: { value: string; onSave: (note: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  return (
    <div className="cm-note">
      <label htmlFor={id} className="cm-label">
        Note
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={20_000}
        value={draft}
        placeholder="Ce qui a été corrigé, pièce ajoutée, question à l’instructeur…"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== value) onSave(draft);
        }}
      />
    </div>
  );
}
