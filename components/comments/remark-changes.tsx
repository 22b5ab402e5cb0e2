import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useContext } from 'react';
import { useDb } from '@/components/editor/db-context';
import { loadRemarkChanges } from '@/components/response/load-response';
import type { ResponseRemark } from '@/utils/response/assemble';

const RemarkChanges = createContext<Map<string, ResponseRemark> | undefined>(undefined);

/** Follows the dossier and its history: what was changed since each request's letter, per remark. */
export function RemarkChangesProvider({ dossierId, children }: { dossierId: string; children: ReactNode }) {
  const db = useDb();
  const map = useLiveQuery(() => loadRemarkChanges(db, dossierId), [db, dossierId]);
  return <RemarkChanges.Provider value={map}>{children}</RemarkChanges.Provider>;
}

/** The changes and attachments linked to one tracked remark (undefined while loading or outside a provider). */
export function useRemarkChanges(commentId: string): ResponseRemark | undefined {
  return useContext(RemarkChanges)?.get(commentId);
}
