// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDossier } from '@/utils/dossier/factory';
import { saveDossier } from '@/utils/storage/dossier-store';
import type { ComplementRequest, TrackedComment } from '@/utils/storage/records';
import { trackRequest } from '@/utils/storage/request-store';
import { buildExport } from '@/utils/transfer/export';
import { importText } from '@/utils/transfer/import';
import { freshDb } from '../../helpers/db';

const request = (dossierId: string): ComplementRequest => ({
  id: 'req-1',
  dossierId,
  receivedOn: '2026-12-01',
  dueOn: '2027-01-15',
  deadline: {
    rule: { kind: 'date', date: { day: 15, month: 1, year: 2027 } },
    words: 'avant le 15 janvier 2027',
    sentence: 'Nous vous remercions de transmettre ces éléments avant le 15 janvier 2027.',
    letterDate: '2026-11-28',
  },
  ignored: [{ text: 'Madame, Monsieur,', kind: 'salutation', line: 3 }],
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
});

const remark = (dossierId: string, id: string, answer: string): TrackedComment => ({
  id,
  dossierId,
  requestId: 'req-1',
  position: 0,
  text: 'Le taux d’insertion de la promotion 2024 n’est pas renseigné.',
  criterion: '2',
  criterionByUser: false,
  confidence: 0.82,
  fields: ['promotions'],
  status: 'en_cours',
  note: '',
  answer,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  receivedOn: '2026-12-01',
});

describe('exchange format version 3: requests for additions', () => {
  it('exports and imports a request with its deadline, ignored lines and answered remarks', async () => {
    const db = freshDb();
    const d = createDossier('RNCP', 'Titre TSSR');
    await saveDossier(d, 'create', db);
    await trackRequest(request(d.id), [remark(d.id, 'c1', 'Le taux est de 81 %.')], db);
    const file = await buildExport({}, db);
    expect(file.version).toBe(3);
    expect(file.dossiers[0]?.requests).toEqual([request(d.id)]);

    const target = freshDb();
    const r = await importText(JSON.stringify(file), target);
    expect(r).toMatchObject({ ok: true, comments: 1 });
    expect(await target.requests.toArray()).toEqual([request(d.id)]);
    expect((await target.comments.get('c1'))?.answer).toBe('Le taux est de 81 %.');
  });

  it('imports the same file twice without overwriting: the copy’s remarks follow its renamed request', async () => {
    const db = freshDb();
    const d = createDossier('RNCP', 'Titre TSSR');
    await saveDossier(d, 'create', db);
    await trackRequest(request(d.id), [remark(d.id, 'c1', 'Réponse')], db);
    const r = await importText(JSON.stringify(await buildExport({}, db)), db);
    expect(r.ok).toBe(true);
    const requests = await db.requests.toArray();
    expect(requests).toHaveLength(2);
    const copy = requests.find((x) => x.id !== 'req-1');
    const copied = await db.comments
      .where('requestId')
      .equals(copy?.id ?? '')
      .toArray();
    expect(copied.map((c) => c.answer)).toEqual(['Réponse']);
    expect(copied[0]?.dossierId).toBe(copy?.dossierId);
    expect(copy?.dossierId).not.toBe(d.id);
  });

  it('imports a version-2 file: remarks without an answer get one request per requestId', async () => {
    const d = createDossier('RS', 'Habilitation');
    const { answer: _a, ...old } = remark(d.id, 'c9', '');
    const file = {
      format: 'certifill-dossiers',
      version: 2,
      exportedAt: '2026-11-01T00:00:00.000Z',
      dossiers: [{ ...d, attachments: [], comments: [old] }],
    };
    const db = freshDb();
    const r = await importText(JSON.stringify(file), db);
    expect(r).toMatchObject({ ok: true, comments: 1 });
    expect((await db.comments.get('c9'))?.answer).toBe('');
    expect(await db.requests.toArray()).toEqual([
      expect.objectContaining({ id: 'req-1', dossierId: d.id, receivedOn: '2026-12-01', dueOn: null }),
    ]);
  });

  it('refuses a request with a malformed due date, in French, and writes nothing', async () => {
    const d = createDossier('RNCP', 'Titre');
    const file = {
      format: 'certifill-dossiers',
      version: 3,
      exportedAt: '2026-11-01T00:00:00.000Z',
      dossiers: [
        { ...d, attachments: [], comments: [], requests: [{ ...request(d.id), dueOn: '15/01/2027' }] },
      ],
    };
    const db = freshDb();
    const r = await importText(JSON.stringify(file), db);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(/dossiers\[0\]\.requests\[0\]\.dueOn/);
    expect(await db.dossiers.count()).toBe(0);
  });
});
