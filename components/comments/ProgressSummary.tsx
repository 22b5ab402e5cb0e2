import { progressText, remainingText } from './labels';

/** « 4 / 7 corrigées » with a bar and what remains. */
export function ProgressSummary({ done, total }: { done: number; total: number }) {
  return (
    <div className="cm-progress">
      <p className="cm-progress__text">
        <strong>{progressText(done, total)}</strong>
        <span className="cm-muted"> — {remainingText(total - done)}</span>
      </p>
      <progress max={total} value={done} aria-label={progressText(done, total)} />
    </div>
  );
}
