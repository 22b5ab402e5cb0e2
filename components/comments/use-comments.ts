import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/components/editor/db-context';
import { countOpenComments, listComments } from '@/utils/storage/comment-store';
import { getActiveDossier } from '@/utils/storage/dossier-store';
import type { ComplementRequest, TrackedComment } from '@/utils/storage/records';
import { listRequests } from '@/utils/storage/request-store';

/** The tracked comments of a dossier, live (undefined while loading). */
export function useTrackedComments(dossierId: string): TrackedComment[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listComments(dossierId, db), [db, dossierId]);
}

/** The active dossier, live: undefined while loading, null when there is none. */
export function useActiveDossier() {
  const db = useDb();
  return useLiveQuery(async () => (await getActiveDossier(db)) ?? null, [db]);
}

/** How many comments of the active dossier remain to be corrected (à traiter or en cours). */
export function useRemainingCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const d = await getActiveDossier(db);
    return d ? countOpenComments(d.id, db) : 0;
  }, [db]);
}

export const isOpen = (c: TrackedComment) => c.status !== 'corrige';

/** The requests for additions of a dossier, live, the latest received first (undefined while loading). */
export function useRequests(dossierId: string): ComplementRequest[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listRequests(dossierId, db), [db, dossierId]);
}
