import { useSyncExternalStore } from 'react';
import { type GroupId, getGroup } from '@/utils/catalogue';
import { parsePath } from '@/utils/dossier/paths';
import type { ShownConflict } from './conflict-store';
import { conflictSentence } from './conflict-text';
import { useEditor } from './editor-context';
import './conflict.css';

const META_LABELS: Record<string, string> = {
  name: 'Nom du dossier',
  repertoire: 'Répertoire',
  requestKind: 'Type de demande',
  previousCode: 'Code de la certification précédente',
  filedOn: 'Date de dépôt',
};

function placeLabel(path: string): string {
  if (META_LABELS[path]) return META_LABELS[path];
  try {
    return `${getGroup(path as GroupId).label} (éléments ajoutés, retirés ou déplacés)`;
  } catch {
    return 'Pièces jointes';
  }
}

/** Conflicts on what has no field of its own (the name, a group's items, attachments), above the tabs. */
export function ConflictBanner() {
  const { conflicts } = useEditor();
  const all = useSyncExternalStore(conflicts.subscribe, conflicts.all);
  const shown = all.filter((c: ShownConflict) => parsePath(c.path) === null);
  if (shown.length === 0) return null;
  return (
    <div className="cf-notice cf-notice--warning cf-conflict" role="status">
      <ul>
        {shown.map((c) => (
          <li key={c.path}>
            <strong>{placeLabel(c.path)}</strong> — {conflictSentence(c)}
          </li>
        ))}
      </ul>
      <p>Pour revenir à l’autre version, ouvrez l’onglet « Historique ».</p>
      <button
        type="button"
        className="cf-button cf-button--tertiary"
        onClick={() => {
          for (const c of shown) conflicts.dismiss(c.path);
        }}
      >
        Compris
      </button>
    </div>
  );
}
