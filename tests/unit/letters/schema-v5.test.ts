// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CertifillDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '@/utils/storage/db';
import { setReceivedOn } from '@/utils/storage/request-store';

const comment = (id: string, requestId: string, receivedOn: string | null, createdAt: string) => ({
  id,
  dossierId: 'd1',
  requestId,
  position: 0,
  text: `Remarque ${id}`,
  criterion: '3',
  criterionByUser: false,
  confidence: 0.8,
  fields: [],
  status: 'a_traiter',
  note: 'vu avec le jury',
  createdAt,
  updatedAt: createdAt,
  receivedOn,
});

/** A version-4 database as the previous release left it. */
async function v4Database(name: string) {
  const v4 = new Dexie(name);
  v4.version(1).stores(SCHEMA_V1);
  v4.version(2).stores(SCHEMA_V2);
  v4.version(3).stores(SCHEMA_V3);
  v4.version(4).stores({});
  await v4
    .table('comments')
    .bulkAdd([
      comment('c1', 'req-a', '2026-11-02', '2026-11-03T09:00:00.000Z'),
      comment('c2', 'req-a', '2026-11-02', '2026-11-03T09:00:00.000Z'),
      comment('c3', 'req-b', null, '2026-11-20T16:30:00.000Z'),
    ]);
  v4.close();
}

describe('schema upgrade to version 5 (requests for additions)', () => {
  it('gives every tracked remark an empty answer and its request, and keeps the rest', async () => {
    const name = `v5-${crypto.randomUUID()}`;
    await v4Database(name);
    const db = new CertifillDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    const comments = await db.comments.orderBy('id').toArray();
    expect(comments.map((c) => [c.id, c.answer, c.note, c.requestId])).toEqual([
      ['c1', '', 'vu avec le jury', 'req-a'],
      ['c2', '', 'vu avec le jury', 'req-a'],
      ['c3', '', 'vu avec le jury', 'req-b'],
    ]);
    const requests = await db.requests.orderBy('id').toArray();
    expect(requests).toEqual([
      expect.objectContaining({ id: 'req-a', dossierId: 'd1', receivedOn: '2026-11-02', dueOn: null }),
      // No date received on the remark: the day it was added.
      expect.objectContaining({ id: 'req-b', dossierId: 'd1', receivedOn: '2026-11-20', ignored: [] }),
    ]);
    db.close();
  });

  it('recomputes the due date and the remarks’ day received when the user corrects it', async () => {
    const db = new CertifillDb(`v5-${crypto.randomUUID()}`);
    await db.requests.add({
      id: 'r1',
      dossierId: 'd1',
      receivedOn: '2026-12-01',
      dueOn: '2026-12-31',
      deadline: {
        rule: { kind: 'duration', amount: 30, unit: 'jours', from: 'reception' },
        words: 'dans un délai de 30 jours',
        sentence: 'Merci de répondre dans un délai de 30 jours.',
        letterDate: null,
      },
      ignored: [],
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:00.000Z',
    });
    await db.comments.add({
      ...comment('c1', 'r1', '2026-12-01', '2026-12-01T08:00:00.000Z'),
      answer: '',
    } as never);
    const next = await setReceivedOn('r1', '2026-12-10', db);
    expect(next.dueOn).toBe('2027-01-09');
    expect((await db.comments.get('c1'))?.receivedOn).toBe('2026-12-10');
    db.close();
  });
});
