import { useState } from 'react';

/** « Supprimer », confirmed by a second click. */
export function DeleteButton({ onDelete }: { onDelete: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="cm-link cm-link--danger" onClick={() => setConfirming(true)}>
        Supprimer
      </button>
    );
  }
  return (
    <span className="cm-confirm">
      <button type="button" className="cm-link cm-link--danger" onClick={onDelete}>
        Confirmer la suppression
      </button>
      <button type="button" className="cm-link" onClick={() => setConfirming(false)}>
        Annuler
      </button>
    </span>
  );
}
