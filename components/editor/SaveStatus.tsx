import { formatTime } from './format';
import type { SaveState } from './use-dossier-draft';

/** Discreet save status next to the dossier's name. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? `Enregistré à ${formatTime(state.at)}`
      : state.kind === 'idle'
        ? 'Enregistrement automatique'
        : state.kind === 'error'
          ? 'Non enregistré'
          : 'Enregistrement…';
  return (
    <span className={`cf-save cf-save--${state.kind}`} data-save-state={state.kind}>
      {state.kind === 'saved' && <span aria-hidden="true">✓ </span>}
      {text}
    </span>
  );
}

/** A failed save, explained in French; the text stays in the fields. */
export function SaveError({ messages, onRetry }: { messages: string[]; onRetry: () => void }) {
  return (
    <div className="cf-notice cf-notice--error" role="alert">
      <p>
        <strong>Enregistrement impossible.</strong> Votre saisie est conservée dans la page : corrigez ce qui
        suit, l’enregistrement reprendra de lui-même.
      </p>
      <ul>
        {messages.slice(0, 8).map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <button type="button" className="cf-button cf-button--secondary" onClick={onRetry}>
        Réessayer maintenant
      </button>
    </div>
  );
}
