import type { RecognisedField } from '@/utils/matching/types';
import type { PageLimit } from '@/utils/storage/records';

type LimitInput = Omit<PageLimit, 'seenAt'>;

/**
 * Remembers the limits the page states (maxlength, « 3 000 caractères maximum »…) through the
 * background, each reading once per page visit, so the editor and later checks can use them.
 */
export function createLimitMemory(send: (limits: LimitInput[]) => Promise<unknown>) {
  const sent = new Set<string>();
  return (fields: readonly RecognisedField[]): void => {
    const fresh: LimitInput[] = [];
    for (const f of fields) {
      if (!f.fieldId || !f.pageLimit || (f.decision !== 'auto' && f.decision !== 'taught')) continue;
      const id = `${f.fieldId}=${f.pageLimit.limit}`;
      if (sent.has(id)) continue;
      sent.add(id);
      fresh.push({
        fieldId: f.fieldId,
        limit: f.pageLimit.limit,
        source: f.pageLimit.source.slice(0, 200),
        counts: f.control === 'richtext' ? 'visible' : 'plain',
      });
    }
    if (fresh.length > 0)
      send(fresh).catch((e: unknown) => console.warn('[Certifill] limites non mémorisées :', e));
  };
}
