import { type FormEvent, useState } from 'react';
import type { Repertoire } from '@/utils/catalogue';
import { addDossier, getActiveDossierId, setActiveDossierId } from '@/utils/storage/dossier-store';
import { useDb } from './db-context';
import { dossierHash } from './route';

const CHOICES: { value: Repertoire; label: string; hint: string }[] = [
  { value: 'RNCP', label: 'RNCP', hint: 'Répertoire national des certifications professionnelles' },
  { value: 'RS', label: 'RS', hint: 'Répertoire spécifique' },
];

/** Creates a dossier (RNCP or RS, with a name) and opens it. */
export function CreateDossierForm({ onCreated }: { onCreated?: (id: string) => void }) {
  const db = useDb();
  const [name, setName] = useState('');
  const [repertoire, setRepertoire] = useState<Repertoire>('RNCP');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const d = await addDossier(repertoire, name, db);
      if ((await getActiveDossierId(db)) === null) await setActiveDossierId(d.id, db);
      setName('');
      onCreated?.(d.id);
      location.hash = dossierHash(d.id);
    } catch {
      setError('Le dossier n’a pas pu être créé (nom trop long ?).');
    }
  };
  return (
    <form className="cf-create" onSubmit={(e) => void submit(e)} aria-labelledby="create-title">
      <h2 id="create-title">Nouveau dossier</h2>
      <div className="cf-create__row">
        <div className="cf-create__name">
          <label htmlFor="create-name" className="cf-field__label">
            Nom du dossier
          </label>
          <input
            id="create-name"
            className="cf-input"
            value={name}
            maxLength={200}
            placeholder="Ex. : Technicien réseaux 2026"
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <fieldset className="cf-create__rep cf-radios">
          <legend className="cf-field__label">Répertoire</legend>
          {CHOICES.map((c) => (
            <label key={c.value} className="cf-radio cf-radio--card">
              <input
                type="radio"
                name="create-repertoire"
                value={c.value}
                checked={repertoire === c.value}
                onChange={() => setRepertoire(c.value)}
              />
              <span>
                <strong>{c.label}</strong>
                <span className="cf-radio__hint">{c.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="cf-button cf-create__submit">
          Créer le dossier
        </button>
      </div>
      {error && (
        <p className="cf-notice cf-notice--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
