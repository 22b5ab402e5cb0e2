import { type FormEvent, useDeferredValue, useId, useMemo, useState } from 'react';
import { type SearchableFiche, searchFiches } from '@/utils/fiche/search';

interface Props {
  entries: readonly SearchableFiche[];
  fileName: string;
  version: string | null;
  onPick: (numero: string) => void;
}

const fr = (n: number) => n.toLocaleString('fr-FR');
const SHOWN = 50;

/** Finds a fiche by number or title as the person types, then creates the renewal from it. */
export function FichePicker({ entries, fileName, version, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const deferred = useDeferredValue(query);
  const { total, hits } = useMemo(() => searchFiches(entries, deferred, SHOWN), [entries, deferred]);
  const listId = useId();
  const selected = hits.find((h) => h.numero === chosen) ?? (hits.length === 1 ? hits[0] : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (selected) onPick(selected.numero);
  };
  return (
    <form className="cf-fiche-picker" onSubmit={submit}>
      <p>
        {fr(entries.length)} fiche{entries.length > 1 ? 's' : ''} dans « {fileName} »
        {version ? ` (export au format ${version})` : ''}.
      </p>
      <label className="cf-field__label" htmlFor="fiche-search">
        Numéro ou intitulé de la fiche
      </label>
      <input
        id="fiche-search"
        className="cf-input"
        type="search"
        autoComplete="off"
        placeholder="Ex. : RNCP35419, 35419 ou « ingénierie logiciel »"
        value={query}
        aria-controls={listId}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="cf-hint" aria-live="polite">
        {total === 0
          ? 'Aucune fiche ne correspond.'
          : total > hits.length
            ? `${fr(total)} fiches correspondent : les ${hits.length} premières sont affichées, précisez la recherche.`
            : `${fr(total)} fiche${total > 1 ? 's correspondent' : ' correspond'}.`}
      </p>
      <fieldset className="cf-fiche-picker__list" id={listId}>
        <legend className="visually-hidden">Fiches trouvées</legend>
        {hits.map((h) => (
          <label key={h.numero} className="cf-fiche-picker__item">
            <input
              type="radio"
              name="fiche"
              value={h.numero}
              checked={selected?.numero === h.numero}
              onChange={() => setChosen(h.numero)}
            />
            <span>
              <strong>{h.numero}</strong> {h.intitule || 'Sans intitulé'}
              {h.etat && <span className="cf-fiche-picker__state"> · {h.etat}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="cf-dialog__actions">
        <button type="submit" className="cf-button" disabled={!selected}>
          {selected ? `Créer le renouvellement de ${selected.numero}` : 'Choisissez une fiche'}
        </button>
      </div>
    </form>
  );
}
