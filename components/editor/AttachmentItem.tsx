import type { Attachment } from '@/utils/dossier/model';
import { olderThanThreeMonths } from './attachments';
import { DateInput } from './DateInput';
import { formatDateTime, formatSize, typeLabel } from './format';

interface Props {
  attachment: Attachment;
  dated: boolean;
  onDate: (id: string, date: string | null) => void;
  onDownload: (attachment: Attachment) => void;
  onRemove: (attachment: Attachment) => void;
}

export function AttachmentItem({ attachment: a, dated, onDate, onDownload, onRemove }: Props) {
  const dateId = `piece-${a.id}-date`;
  const old = a.documentDate !== null && olderThanThreeMonths(a.documentDate);
  return (
    <li className="cf-piece">
      <div className="cf-piece__main">
        <span className="cf-piece__name">{a.name}</span>
        <span className="cf-piece__meta">
          {typeLabel(a.type, a.name)} · {formatSize(a.size)} · ajouté le {formatDateTime(a.addedAt)}
        </span>
      </div>
      {dated && (
        <div className="cf-piece__date">
          <label htmlFor={dateId}>Date du document</label>
          <DateInput
            id={dateId}
            value={a.documentDate}
            describedBy={old ? `${dateId}-old` : undefined}
            onChange={(v) => onDate(a.id, v)}
          />
          {old && (
            <span id={`${dateId}-old`} className="cf-inline-warning">
              Plus de 3 mois : la plateforme attend un document récent.
            </span>
          )}
        </div>
      )}
      <div className="cf-piece__actions">
        <button
          type="button"
          className="cf-button cf-button--tertiary"
          onClick={() => onDownload(a)}
          aria-label={`Télécharger ${a.name}`}
        >
          Télécharger
        </button>
        <button
          type="button"
          className="cf-button cf-button--tertiary cf-button--danger-text"
          onClick={() => onRemove(a)}
          aria-label={`Retirer ${a.name}`}
        >
          Retirer
        </button>
      </div>
    </li>
  );
}
