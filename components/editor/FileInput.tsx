import { type DragEvent, useState } from 'react';
import type { Attachment } from '@/utils/dossier/model';
import { AttachmentItem } from './AttachmentItem';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  id: string;
  path: string;
  attachments: readonly Attachment[];
  dated: boolean;
  describedBy: string | undefined;
  onAdd: (files: File[]) => Promise<string[]>;
  onDownload: (attachment: Attachment) => void;
  onRemove: (id: string) => void;
  onDate: (id: string, date: string | null) => void;
}

/** Pieces of one file field: added with the file picker or dropped; each one can be dated and removed. */
export function FileInput(p: Props) {
  const { id, path, attachments, dated, describedBy, onRemove, onDate } = p;
  const [over, setOver] = useState(false);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const add = (files: File[]) => {
    if (files.length) void p.onAdd(files).then(setRefused);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(Array.from(e.dataTransfer.files));
  };
  return (
    <div className="cf-file">
      {attachments.length > 0 && (
        <ul className="cf-pieces">
          {attachments.map((a) => (
            <AttachmentItem
              key={a.id}
              attachment={a}
              dated={dated}
              onDate={onDate}
              onDownload={p.onDownload}
              onRemove={setRemoving}
            />
          ))}
        </ul>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input is the keyboard path. */}
      <div
        className={over ? 'cf-drop cf-drop--over' : 'cf-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <input
          id={id}
          type="file"
          multiple
          className="visually-hidden cf-file__input"
          data-field-path={path}
          aria-describedby={describedBy}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            add(files);
          }}
        />
        <label htmlFor={id} className="cf-button cf-button--secondary cf-file__button">
          Ajouter un fichier
        </label>
        <span className="cf-drop__hint">ou déposez-le ici</span>
      </div>
      {refused.length > 0 && (
        <div className="cf-notice cf-notice--error" role="alert">
          {refused.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Retirer cette pièce ?"
        confirmLabel="Retirer la pièce"
        danger
        onConfirm={() => {
          if (removing) onRemove(removing.id);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>
          « {removing?.name} » sera retiré du dossier. Tant que l’historique garde une version qui le
          contient, vous pourrez le retrouver en restaurant cette version.
        </p>
      </ConfirmDialog>
    </div>
  );
}
