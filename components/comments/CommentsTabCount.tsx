import './comments.css';
import { remainingText } from './labels';
import { useRemainingCount } from './use-comments';

/** The number of remarks left to correct for the active dossier, next to the popup's tab name. */
export function CommentsTabCount() {
  const count = useRemainingCount();
  if (!count) return null;
  return (
    <span className="cm-tab-count" title={remainingText(count)}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden"> ({remainingText(count)})</span>
    </span>
  );
}
