// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CertifillDb, SCHEMA_V1 } from '@/utils/storage/db';
import { getActiveDossier } from '@/utils/storage/dossier-store';

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
    expect(db.verno).toBe(4);
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
});
