import { remainingText } from './labels';

/** « 3 remarques à traiter » (remarks not yet corrected). */
export function RemainingCount({ count }: { count: number }) {
  return (
    <span className={count > 0 ? 'cm-remaining' : 'cm-remaining cm-remaining--none'} data-testid="remaining">
      {remainingText(count)}
    </span>
  );
}
