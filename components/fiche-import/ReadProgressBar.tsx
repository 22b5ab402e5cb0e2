import type { ReadProgress } from '@/utils/fiche/read-export';

const fr = (n: number) => n.toLocaleString('fr-FR');

/** The reading's progress: a bar (bytes of the file), the percentage and the fiches read so far. */
export function ReadProgressBar({ label, progress }: { label: string; progress: ReadProgress | null }) {
  const percent = progress && progress.total > 0 ? Math.floor((progress.read / progress.total) * 100) : 0;
  return (
    <div className="cf-fiche-progress">
      <p className="cf-fiche-progress__label" id="fiche-progress-label">
        {label}
      </p>
      <progress
        className="cf-fiche-progress__bar"
        aria-labelledby="fiche-progress-label"
        max={100}
        value={percent}
      />
      <p className="cf-hint" aria-live="polite">
        {progress
          ? `${percent}\u00a0% — ${fr(progress.fiches)} fiche${progress.fiches > 1 ? 's' : ''} lue${progress.fiches > 1 ? 's' : ''}`
          : 'Ouverture du fichier…'}
      </p>
    </div>
  );
}
