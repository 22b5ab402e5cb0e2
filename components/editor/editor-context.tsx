import { createContext, useContext } from 'react';
import type { CatalogueField } from '@/utils/catalogue';
import type { Attachment, Dossier, FieldValue } from '@/utils/dossier/model';
import { getValue } from '@/utils/dossier/paths';
import type { PageLimit } from '@/utils/storage/records';
import { FieldRow, type FileActions } from './FieldRow';
import { limitOf } from './limits';
import { requiredInfo } from './required';

export interface EditorContextValue {
  dossier: Dossier;
  setField: (path: string, value: FieldValue) => void;
  update: (change: (d: Dossier) => Dossier) => void;
  files: FileActions;
  pageLimits: ReadonlyMap<string, PageLimit>;
  attachmentsByField: ReadonlyMap<string, Attachment[]>;
}

const Ctx = createContext<EditorContextValue | null>(null);
export const EditorContextProvider = Ctx.Provider;

export function useEditor(): EditorContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useEditor outside of the dossier editor');
  return v;
}

const NO_ATTACHMENTS: Attachment[] = [];

/** A FieldRow wired to the dossier being edited. */
export function BoundField({ field, path, label }: { field: CatalogueField; path: string; label?: string }) {
  const ctx = useEditor();
  const req = requiredInfo(field, ctx.dossier);
  const limit = limitOf(field.id, ctx.pageLimits);
  return (
    <FieldRow
      field={field}
      path={path}
      label={label ?? field.label}
      value={getValue(ctx.dossier, path)}
      requiredNow={req.now}
      because={req.because}
      limit={limit?.limit ?? null}
      limitSource={limit?.source ?? ''}
      attachments={
        field.kind === 'file' ? (ctx.attachmentsByField.get(field.id) ?? NO_ATTACHMENTS) : undefined
      }
      setField={ctx.setField}
      files={ctx.files}
    />
  );
}
