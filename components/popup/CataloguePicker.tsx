import { useMemo, useState } from 'react';
import { type CatalogueField, fieldsFor, getGroup, type Repertoire } from '@/utils/catalogue';
import { groupPath } from '@/utils/dossier/paths';
import { foldOption } from '@/utils/fill/normalise';

interface Props {
  repertoire: Repertoire;
  /** Catalogue id proposed first (the matcher's best guess). */
  suggested: string | null;
  /** 0-based index proposed for a group member. */
  index: number;
  onPick: (fieldPath: string) => void;
  onNever: () => void;
  onCancel: () => void;
}

const haystack = (f: CatalogueField) => foldOption([f.label, f.shortLabel, f.id, ...f.synonyms].join(' '));

/** Searchable list of the catalogue's fields; a group member also gets its item number. */
export function CataloguePicker({ repertoire, suggested, index, onPick, onNever, onCancel }: Props) {
  const [query, setQuery] = useState('');
  const [item, setItem] = useState(index + 1);
  const all = useMemo(() => fieldsFor(repertoire).map((f) => ({ f, text: haystack(f) })), [repertoire]);
  const words = foldOption(query).split(' ').filter(Boolean);
  const shown = all
    .filter(({ text }) => words.every((w) => text.includes(w)))
    .sort((a, b) => Number(b.f.id === suggested) - Number(a.f.id === suggested))
    .slice(0, 60);
  const pick = (f: CatalogueField) => onPick(f.group ? groupPath(f.id, Math.max(0, item - 1)) : f.id);
  return (
    <div className="pp">
      <label>
        Rechercher un champ du dossier
        <input
          className="pp-search"
          type="search"
          value={query}
          placeholder="Ex. : intitulé, compétences, SIRET…"
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <label>
        N° de l’élément (bloc, certificateur, partenaire…){' '}
        <input
          type="number"
          min={1}
          max={99}
          value={item}
          onChange={(e) => setItem(Number(e.target.value) || 1)}
        />
      </label>
      <ul className="pp-list" aria-label="Champs du dossier">
        {shown.map(({ f }) => (
          <li key={f.id}>
            <span className="pp-row-label">
              {f.group ? `${getGroup(f.group).itemLabel} — ` : ''}
              {f.shortLabel} {f.id === suggested && <span className="pp-chip">proposé</span>}
            </span>
            <button type="button" className="pp-btn pp-btn--secondary" onClick={() => pick(f)}>
              Choisir
            </button>
          </li>
        ))}
        {shown.length === 0 && <li>Aucun champ ne correspond à « {query} ».</li>}
      </ul>
      <div className="pp-actions">
        <button type="button" className="pp-btn pp-btn--secondary" onClick={onNever}>
          Ne jamais remplir ce champ
        </button>
        <button type="button" className="pp-btn pp-btn--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </div>
  );
}
