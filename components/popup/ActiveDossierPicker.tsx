import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveDossier, listDossiers, setActiveDossierId } from '@/utils/storage/dossier-store';

/** Chooses which dossier the popup's actions use. */
export function ActiveDossierPicker() {
  const dossiers = useLiveQuery(() => listDossiers(), []);
  const active = useLiveQuery(() => getActiveDossier(), []);
  if (!dossiers) return null;
  if (dossiers.length === 0) return <p className="popup-note">Aucun dossier : créez-en un dans l’éditeur.</p>;
  return (
    <label className="popup-picker">
      Dossier actif
      <select value={active?.id ?? ''} onChange={(e) => void setActiveDossierId(e.target.value)}>
        {dossiers.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name} ({d.repertoire})
          </option>
        ))}
      </select>
    </label>
  );
}
