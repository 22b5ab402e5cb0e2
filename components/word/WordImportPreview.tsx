import { useId } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import { getValue, isFilled } from '@/utils/dossier/paths';
import { visibleText } from '@/utils/richtext';
import type { WordSection } from '@/utils/word/plan';
import type { TargetOption } from './targets';

interface Props {
  fileName: string;
  sections: WordSection[];
  options: TargetOption[];
  dossier: Dossier;
  images: number;
  onChange: (sections: WordSection[]) => void;
  onImport: () => void;
  onCancel: () => void;
}

const excerpt = (html: string) => {
  const text = visibleText(html).replace(/\n+/g, ' · ');
  return text.length > 220 ? `${text.slice(0, 220)}…` : text;
};

/** Every proposed assignment, changeable or droppable; unplaced sections listed apart; nothing written yet. */
export function WordImportPreview({
  fileName,
  sections,
  options,
  dossier,
  images,
  onChange,
  onImport,
  onCancel,
}: Props) {
  const headingId = useId();
  const set = (id: string, target: string | null) =>
    onChange(sections.map((s) => (s.id === id ? { ...s, target } : s)));
  const placed = sections.filter((s) => s.target).length;
  const unplaced = sections.length - placed;
  return (
    <section className="cf-word" aria-labelledby={headingId}>
      <h2 id={headingId}>Importer « {fileName} »</h2>
      <p>
        {placed} section{placed > 1 ? 's' : ''} placée{placed > 1 ? 's' : ''}, {unplaced} à placer ou à
        laisser de côté. Vérifiez chaque destination : rien n’est écrit dans le dossier avant « Importer ».
      </p>
      {images > 0 && (
        <p className="cf-notice cf-notice--warning" role="status">
          Le document contient {images} image{images > 1 ? 's' : ''} : elle
          {images > 1 ? 's ne sont' : ' n’est'} pas importée{images > 1 ? 's' : ''} (Certifill importe le
          texte et sa mise en forme).
        </p>
      )}
      <ol className="cf-word__list">
        {sections.map((s) => {
          const selectId = `${headingId}-${s.id}`;
          const replaces = s.target !== null && isFilled(getValue(dossier, s.target));
          return (
            <li
              key={s.id}
              className={`cf-word__item${s.target ? '' : ' cf-word__item--unplaced'}`}
              data-section={s.id}
            >
              <div className="cf-word__source">
                <strong>{s.title}</strong>
                <span className="cf-word__excerpt">{excerpt(s.html)}</span>
              </div>
              <div className="cf-word__target">
                <label htmlFor={selectId}>Destination</label>
                <select
                  id={selectId}
                  className="cf-select"
                  value={s.target ?? ''}
                  onChange={(e) => set(s.id, e.target.value || null)}
                >
                  <option value="">— Ne pas importer —</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
                {!s.target && (
                  <span className="cf-word__note">
                    Non placée : choisissez un champ ou laissez-la de côté.
                  </span>
                )}
                {replaces && <span className="cf-word__note">Remplacera le texte actuel de ce champ.</span>}
              </div>
            </li>
          );
        })}
      </ol>
      <div className="cf-word__actions">
        <button type="button" className="cf-button" onClick={onImport} disabled={placed === 0}>
          Importer
        </button>
        <button type="button" className="cf-button cf-button--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </section>
  );
}
