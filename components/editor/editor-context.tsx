import { createContext, memo, useContext, useMemo, useSyncExternalStore } from 'react';
import type { CatalogueField } from '@/utils/catalogue';
import type { Attachment, Dossier, FieldValue } from '@/utils/dossier/model';
import { getValue } from '@/utils/dossier/paths';
import type { PageLimit } from '@/utils/storage/records';
import type { ConflictStore } from './conflict-store';
import type { DraftStore } from './draft-store';
import { FieldConflict } from './FieldConflict';
import { FieldRow, type FileActions } from './FieldRow';
import { limitOf } from './limits';
import { requiredInfo } from './required';

/** Stable for the life of the page: reading the dossier goes through `useDraft`. */
export interface EditorContextValue {
  store: DraftStore;
  conflicts: ConflictStore;
  setField: (path: string, value: FieldValue) => void;
  update: (change: (d: Dossier) => Dossier) => void;
  files: FileActions;
  pageLimits: ReadonlyMap<string, PageLimit>;
}

const Ctx = createContext<EditorContextValue | null>(null);
export const EditorContextProvider = Ctx.Provider;

export function useEditor(): EditorContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useEditor outside of the dossier editor');
  return v;
}

/** A part of the dossier; the component re-renders only when that part changes (select must be pure). */
export function useDraft<T>(select: (d: Dossier) => T): T {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** The whole dossier (re-renders on every change: for views that show all of it). */
export function useDossier(): Dossier {
  return useDraft((d) => d);
}

const NO_ATTACHMENTS: Attachment[] = [];

interface BoundProps {
  field: CatalogueField;
  path: string;
  label?: string;
}

/** A FieldRow wired to the dossier being edited. */
export const BoundField = memo(function BoundField({ field, path, label }: BoundProps) {
  const ctx = useEditor();
  const value = useDraft((d) => getValue(d, path));
  const requiredNow = useDraft((d) => requiredInfo(field, d).now);
  const requestKind = useDraft((d) => d.requestKind);
  const all = useDraft((d) => (field.kind === 'file' ? d.attachments : NO_ATTACHMENTS));
  const attachments = useMemo(() => all.filter((a) => a.fieldId === field.id), [all, field.id]);
  const limit = limitOf(field.id, ctx.pageLimits);
  const rule = field.required;
  return (
    <>
      <FieldRow
        field={field}
        path={path}
        label={label ?? field.label}
        value={value}
        requiredNow={requiredNow}
        requestKind={requestKind}
        because={rule.kind === 'when' ? rule.because : null}
        limit={limit?.limit ?? null}
        limitSource={limit?.source ?? ''}
        limitCounts={limit?.counts ?? 'visible'}
        attachments={field.kind === 'file' ? attachments : undefined}
        setField={ctx.setField}
        files={ctx.files}
      />
      <FieldConflict path={path} />
    </>
  );
});
