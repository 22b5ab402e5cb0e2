import { useEffect, useId, useRef } from 'react';
import { GroupedOptions } from '@/components/shared/GroupedOptions';
import type { Dossier } from '@/utils/dossier/model';
import { getValue, isFilled } from '@/utils/dossier/paths';
import { canonicalRich } from '@/utils/richtext';
import type { WordSection } from '@/utils/word/plan';
import type { TargetGroup } from './targets';

interface Props {
  fileName: string;
  sections: WordSection[];
  groups: TargetGroup[];
  dossier: Dossier;
  images: number;
  onChange: (sections: WordSection[]) => void;
  onImport: () => void;
  onCancel: () => void;
}

const plural = (n: number, word: string) => `${n}\u00a0${word}${n > 1 ? 's' : ''}`;

/**
 * Every proposed assignment, changeable or droppable, each section shown in full and formatted as
 * it will be written; unplaced sections marked; nothing written before « Importer ».
 */
export function WordImportPreview({
  fileName,
  sections,
  groups,
  dossier,
  images,
  onChange,
  onImport,
  onCancel,
}: Props) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (id: string, target: string | null) =>
    onChange(sections.map((s) => (s.id === id ? { ...s, target } : s)));
  const placed = sections.filter((s) => s.target).length;
  const unplaced = sections.length - placed;
  const labelOf = new Map(groups.flatMap((g) => g.options.map((o) => [o.value, o.label] as const)));
  return (
    <section className="cf-word" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Importer «&nbsp;{fileName}&nbsp;»
      </h2>
      <p>
        {plural(sections.length, 'section')} lue{sections.length > 1 ? 's' : ''}&nbsp;:{' '}
        {plural(placed, 'destination')} proposée{placed > 1 ? 's' : ''},{' '}
        {unplaced === 0
          ? 'aucune section à placer'
          : `${plural(unplaced, 'section')} à placer ou à laisser de côté`}
        . Vérifiez chaque destination&nbsp;: rien n’est écrit dans le dossier avant «&nbsp;Importer&nbsp;».
      </p>
      {images > 0 && (
        <p className="cf-notice cf-notice--warning" role="status">
          Le document contient {plural(images, 'image')}&nbsp;: elle
          {images > 1 ? 's ne sont' : ' n’est'} pas importée{images > 1 ? 's' : ''} (Certifill importe le
          texte et sa mise en forme).
        </p>
      )}
      <ol className="cf-word__list">
        {sections.map((s, i) => {
          const selectId = `${headingId}-${s.id}`;
          const before = s.target ? sections.slice(0, i).find((o) => o.target === s.target) : undefined;
          const replaces = !before && s.target !== null && isFilled(getValue(dossier, s.target));
          return (
            <li
              key={s.id}
              className={`cf-word__item${s.target ? '' : ' cf-word__item--unplaced'}`}
              data-section={s.id}
            >
              <div className="cf-word__source">
                <strong className="cf-word__title" id={`${selectId}-titre`}>
                  {s.title}
                </strong>
                <section
                  className="cf-word__content"
                  aria-labelledby={`${selectId}-titre`}
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take the focus to be read with the keyboard.
                  tabIndex={0}
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized when read, re-rendered from the model here.
                  dangerouslySetInnerHTML={{ __html: canonicalRich(s.html) }}
                />
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
                  <GroupedOptions groups={groups} />
                </select>
                {!s.target && (
                  <span className="cf-word__note">
                    Non placée&nbsp;:{' '}
                    {s.why ?? 'choisissez un champ, ou laissez-la de côté (elle ne sera pas importée).'}
                  </span>
                )}
                {before && (
                  <span className="cf-word__note">
                    Ajoutée à la suite de «&nbsp;{before.title}&nbsp;» dans «&nbsp;
                    {labelOf.get(s.target ?? '')}
                    &nbsp;».
                  </span>
                )}
                {replaces && <span className="cf-word__note">Remplacera le texte actuel de ce champ.</span>}
              </div>
            </li>
          );
        })}
      </ol>
      <div className="cf-word__actions">
        <span className="cf-word__count" aria-hidden="true">
          {plural(placed, 'section')} à importer
        </span>
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
