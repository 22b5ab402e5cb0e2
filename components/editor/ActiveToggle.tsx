import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveDossierId, setActiveDossierId } from '@/utils/storage/dossier-store';
import { useDb } from './db-context';

/** Shows whether a dossier is the active one (used by the popup and on Certif Pro pages), and sets it. */
export function ActiveToggle({ id, name }: { id: string; name: string }) {
  const db = useDb();
  const active = useLiveQuery(() => getActiveDossierId(db), [db]);
  if (active === undefined) return null;
  if (active === id) {
    return (
      <span
        className="cf-active"
        title="Utilisé par la fenêtre de l’extension et sur les pages de Certif Pro"
      >
        ● Dossier actif
      </span>
    );
  }
  return (
    <button
      type="button"
      className="cf-button cf-button--tertiary"
      onClick={() => void setActiveDossierId(id, db)}
      aria-label={`Choisir « ${name} » comme dossier actif`}
    >
      Choisir comme dossier actif
    </button>
  );
}
