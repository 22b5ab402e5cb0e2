import { useSyncExternalStore } from 'react';
import { conflictSentence, otherFieldValue, otherPreview } from './conflict-text';
import { useEditor } from './editor-context';
import './conflict.css';

/** Under a field another tab (or the capture) changed while this page edited it: what happened, and the way back. */
export function FieldConflict({ path }: { path: string }) {
  const { conflicts, setField } = useEditor();
  const c = useSyncExternalStore(conflicts.subscribe, () => conflicts.get(path));
  if (!c) return null;
  const other = otherFieldValue(c);
  return (
    <div className="cf-notice cf-notice--warning cf-conflict" role="status" data-conflict={c.kind}>
      <p>{conflictSentence(c)}</p>
      {other !== undefined && (
        <details>
          <summary>Voir l’autre version</summary>
          <p className="cf-conflict__other">{otherPreview(other)}</p>
        </details>
      )}
      <div className="cf-conflict__actions">
        {other !== undefined && (
          <button
            type="button"
            className="cf-button cf-button--secondary"
            onClick={() => {
              setField(path, other);
              conflicts.dismiss(path);
            }}
          >
            {c.kind === 'kept' ? 'Reprendre l’autre version' : 'Reprendre ma version'}
          </button>
        )}
        <button
          type="button"
          className="cf-button cf-button--tertiary"
          onClick={() => conflicts.dismiss(path)}
        >
          Compris
        </button>
      </div>
    </div>
  );
}
