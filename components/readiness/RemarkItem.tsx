import { pathLabel } from '@/utils/readiness/labels';
import type { Remark } from '@/utils/readiness/remarks';
import { REMARK_STATUS_TEXT } from './labels';

/** A tracked instructor remark under its criterion, its status and the first field to correct. */
export function RemarkItem({ remark, onOpenField }: { remark: Remark; onOpenField: (path: string) => void }) {
  const first = remark.fields[0];
  return (
    <li className={`rd-remark rd-remark--${remark.status}`} data-testid="readiness-remark">
      <span className="rd-pill">{REMARK_STATUS_TEXT[remark.status]}</span>
      <q className="rd-remark__text">{remark.text}</q>
      {first && (
        <button type="button" className="rd-link" onClick={() => onOpenField(first)}>
          {pathLabel(first)}
        </button>
      )}
    </li>
  );
}
