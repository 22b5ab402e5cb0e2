import type { ComplementRequest, TrackedComment } from './records';

/**
 * The requests for additions implied by remarks tracked before schema v5: one per `requestId`, received on
 * the day its remarks say (else the day they were added), with no known deadline and no ignored line.
 */
export function requestsFromComments(
  comments: ReadonlyArray<Pick<TrackedComment, 'dossierId' | 'requestId' | 'receivedOn' | 'createdAt'>>,
): ComplementRequest[] {
  const byId = new Map<string, ComplementRequest>();
  for (const c of comments) {
    const known = byId.get(c.requestId);
    if (known && known.createdAt <= c.createdAt) continue;
    byId.set(c.requestId, {
      id: c.requestId,
      dossierId: c.dossierId,
      receivedOn: c.receivedOn ?? c.createdAt.slice(0, 10),
      dueOn: null,
      deadline: null,
      ignored: [],
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
    });
  }
  return [...byId.values()];
}
