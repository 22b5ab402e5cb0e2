import { pathLabel } from '@/utils/readiness/labels';
import type { Finding } from '@/utils/readiness/types';
import { SEVERITY_TEXT } from './labels';

/** How many places a finding links to before « … » (the paths of a long list stay in the checklist). */
const MAX_LINKS = 4;

/** One finding: what is missing, where to fix it (each place opens its field), and on what grounds. */
export function FindingItem({
  finding,
  onOpenField,
}: {
  finding: Finding;
  onOpenField: (path: string) => void;
}) {
  const places = finding.paths.slice(0, MAX_LINKS);
  return (
    <li className={`rd-finding rd-finding--${finding.severity}`} data-check={finding.checkId}>
      <p className="rd-finding__text">
        <span className="rd-tag">{SEVERITY_TEXT[finding.severity]}</span> {finding.message}
      </p>
      {places.length > 0 && (
        <p className="rd-finding__places">
          {places.map((p) => (
            <button key={p} type="button" className="rd-link" onClick={() => onOpenField(p)}>
              {pathLabel(p)}
            </button>
          ))}
          {finding.paths.length > MAX_LINKS && (
            <span className="rd-muted">et {finding.paths.length - MAX_LINKS} autres</span>
          )}
        </p>
      )}
      <p className="rd-source">
        Source{finding.sources.length > 1 ? 's' : ''}&nbsp;: {finding.sources.join('\u00a0; ')}
      </p>
    </li>
  );
}
