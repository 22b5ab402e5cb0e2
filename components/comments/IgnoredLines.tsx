import { useId } from 'react';
import { quoted } from '@/components/popup/french';
import type { IgnoredLine } from '@/utils/comments';
import { ignoredKindLabel } from './ignored-labels';

interface Props {
  /** `kind` as utils/comments/furniture.ts names it (a stored request keeps it as a string). */
  lines: readonly (Pick<IgnoredLine, 'text' | 'line'> & { kind: string })[];
  /** Restores a line as a remark; omitted where lines cannot be restored. */
  onRestore?: (line: number) => void;
}

/** The letter's lines kept out of the remarks (letterhead, greeting, deadline sentence, signature…). */
export function IgnoredLines({ lines, onRestore }: Props) {
  const id = useId();
  if (lines.length === 0) return null;
  return (
    <section className="cm-ignored" aria-labelledby={id} data-testid="ignored-lines">
      <h4 id={id} className="cm-ignored__title">
        Ignoré ({lines.length} ligne{lines.length > 1 ? 's' : ''} du courrier, hors remarques)
      </h4>
      <ul className="cm-ignored__list">
        {lines.map((l) => (
          <li key={l.line} className="cm-ignored__item" data-testid="ignored-line">
            <span className="cm-ignored__kind">{ignoredKindLabel(l.kind)}</span>
            <span className="cm-ignored__text">{l.text}</span>
            {onRestore && (
              <button
                type="button"
                className="cm-link cm-ignored__restore"
                title={`Rétablir ${quoted(l.text.slice(0, 80))} comme remarque`}
                onClick={() => onRestore(l.line)}
              >
                Rétablir comme remarque
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
