import type { TrackedComment } from '@/utils/storage/records';
import type { DossierRules } from './labels';
import { RequestCard } from './RequestCard';
import { useRequests } from './use-comments';

interface Props {
  dossierId: string;
  comments: readonly TrackedComment[];
  rules: DossierRules;
  openPage: (hash: string) => void;
}

/** The dossier's requests for additions, the latest first, each with its dates and its remarks' progress. */
export function RequestList({ dossierId, comments, rules, openPage }: Props) {
  const requests = useRequests(dossierId);
  if (!requests || requests.length === 0) return null;
  return (
    <div className="cm-requests" data-testid="requests">
      {requests.map((r) => (
        <RequestCard
          key={r.id}
          request={r}
          rules={rules}
          openPage={openPage}
          comments={comments.filter((c) => c.requestId === r.id)}
        />
      ))}
    </div>
  );
}
