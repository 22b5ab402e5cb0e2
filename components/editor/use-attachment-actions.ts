import { useMemo } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import { addAttachmentFiles, readAttachmentBlob } from '@/utils/storage/file-store';
import { removeAttachment, setDocumentDate } from './attachments';
import { useDb } from './db-context';
import { downloadBlob } from './download';
import type { FileActions } from './FieldRow';
import { describeSaveError } from './save-error';

/**
 * Attachments of the dossier being edited. Adding writes the bytes once, with the metadata, in its
 * own transaction (the editor then follows the stored dossier, and its save status says so); the
 * autosave never carries bytes.
 */
export function useAttachmentActions(
  dossierId: string,
  update: (change: (d: Dossier) => Dossier) => void,
  flush: () => Promise<void>,
  written: (at: string) => void,
): FileActions {
  const db = useDb();
  return useMemo<FileActions>(
    () => ({
      add: async (fieldId, list) => {
        try {
          await flush();
          const saved = await addAttachmentFiles(dossierId, fieldId, list, {}, db);
          written(saved.dossier.updatedAt);
          return [];
        } catch (e) {
          return describeSaveError(e, db);
        }
      },
      download: (a) => {
        void readAttachmentBlob(a.id, db).then((blob) => blob && downloadBlob(blob, a.name));
      },
      remove: (id) => {
        update((d) => removeAttachment(d, id));
        void flush();
      },
      date: (id, date) => update((d) => setDocumentDate(d, id, date)),
    }),
    [db, dossierId, update, flush, written],
  );
}
