// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CertifillDb, SCHEMA_V1, SCHEMA_V2 } from '@/utils/storage/db';
import { getActiveDossier } from '@/utils/storage/dossier-store';
import { readAttachmentBlob } from '@/utils/storage/file-store';

describe('database schema upgrade', () => {
  it('opens a version-1 database and upgrades its dossiers', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('dossiers').add({
      id: 'old',
      name: 'Dossier de 2025',
      repertoire: 'RNCP',
      createdAt: '2025-05-01T10:00:00.000Z',
      updatedAt: '2025-05-01T10:00:00.000Z',
      values: { 'fiche.intitule': 'Technicien' },
    });
    await v1.table('settings').put({ key: 'activeDossierId', value: 'old' });
    v1.close();

    const db = new CertifillDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    const d = await getActiveDossier(db);
    expect(d).toMatchObject({
      id: 'old',
      filedOn: null,
      attachments: [],
      previousCode: null,
      requestKind: 'premiere',
      groups: {},
      values: { 'fiche.intitule': 'Technicien' },
    });
    expect(await db.mappings.count()).toBe(0);
    expect(await db.comments.count()).toBe(0);
  });

  it('moves attachment bytes out of version-2 dossiers into the files table', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const meta = {
      id: 'piece-1',
      fieldId: 'pieces.bulletinN3',
      name: 'b3.pdf',
      type: 'application/pdf',
      size: 4,
      documentDate: null,
      addedAt: '2026-01-01T10:00:00.000Z',
    };
    await v2.table('dossiers').add({
      id: 'with-file',
      name: 'Dossier avec pièce',
      repertoire: 'RS',
      requestKind: 'premiere',
      previousCode: null,
      filedOn: null,
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
      values: {},
      groups: {},
      attachments: [{ ...meta, blob: new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'application/pdf' }) }],
    });
    v2.close();

    const db = new CertifillDb(name);
    const d = await db.dossiers.get('with-file');
    expect(d?.attachments).toEqual([meta]);
    const blob = await readAttachmentBlob('piece-1', db);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4]));
  });
});
