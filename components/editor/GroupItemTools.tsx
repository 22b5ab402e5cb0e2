interface Props {
  /** « le bloc 2 ». */
  name: string;
  first: boolean;
  last: boolean;
  onUp: () => void;
  onDown: () => void;
  onRemove: () => void;
}

/** Move up / move down / remove buttons of one group item. */
export function GroupItemTools({ name, first, last, onUp, onDown, onRemove }: Props) {
  return (
    <div className="cf-group-item__tools">
      <button
        type="button"
        className="cf-button cf-button--tertiary"
        data-move="up"
        disabled={first}
        onClick={onUp}
        aria-label={`Monter ${name}`}
      >
        ↑ Monter
      </button>
      <button
        type="button"
        className="cf-button cf-button--tertiary"
        data-move="down"
        disabled={last}
        onClick={onDown}
        aria-label={`Descendre ${name}`}
      >
        ↓ Descendre
      </button>
      <button
        type="button"
        className="cf-button cf-button--tertiary cf-button--danger-text"
        data-remove
        onClick={onRemove}
        aria-label={`Supprimer ${name}`}
      >
        Supprimer
      </button>
    </div>
  );
}
