// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { describe, expect, it } from 'vitest';
import { createDossier } from '@/utils/dossier/factory';
import { setValue } from '@/utils/dossier/paths';
import { saveDossier } from '@/utils/storage/dossier-store';
import { readAttachmentBlob, storedFile } from '@/utils/storage/file-store';
import { buildExport } from '@/utils/transfer/export';
import { importText } from '@/utils/transfer/import';
import { freshDb } from '../../helpers/db';

async function sampleDb() {
  const db = freshDb();
  let d = createDossier('RNCP', 'Titre de technicien');
  d = setValue(d, 'fiche.intitule', 'Technicien « réseaux » — niveau 5 😀');
  d = setValue(d, 'fiche.blocs[1].libelle', 'Déployer un réseau');
  d = setValue(d, 'fiche.codesRome', ['M1801', 'I1401']);
  d = {
    ...d,
    attachments: [
      {
        id: 'a1',
        fieldId: 'pieces.bulletinN3',
        name: 'b3.pdf',
        type: 'application/pdf',
        size: 5,
        documentDate: '2026-10-01',
        addedAt: new Date().toISOString(),
      },
    ],
  };
  await saveDossier(d, 'create', db);
  await db.files.put(storedFile(d.attachments[0]!, new Blob([new Uint8Array([37, 80, 68, 70, 0])])));
  return { db, dossier: d };
}

describe('export / import', () => {
  it('round-trips to equal data, attachments included', async () => {
    const { db, dossier } = await sampleDb();
    const text = JSON.stringify(await buildExport({}, db));
    const target = freshDb();
    const r = await importText(text, target);
    expect(r).toMatchObject({ ok: true, imported: [{ id: dossier.id, renamed: false }] });
    const back = await target.dossiers.get(dossier.id);
    const { attachments, updatedAt: _u, ...rest } = back!;
    const { attachments: a0, updatedAt: _u0, ...rest0 } = dossier;
    expect(rest).toEqual(rest0);
    expect(attachments).toEqual(a0);
    const blob = await readAttachmentBlob(attachments[0]!.id, target);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70, 0]));
  });

  it('imports a dossier that already exists as a renamed copy', async () => {
    const { db } = await sampleDb();
    const r = await importText(JSON.stringify(await buildExport({}, db)), db);
    expect(r).toMatchObject({ ok: true, imported: [{ renamed: true }] });
    expect(await db.dossiers.count()).toBe(2);
  });

  it.each([
    ['not JSON', 'bonjour', /pas un JSON valide/],
    ['truncated', '{"format":"certifill-dossiers","version":1,"dossi', /pas un JSON valide/],
    ['empty', '  ', /vide/],
    ['newer version', '{"format":"certifill-dossiers","version":7,"dossiers":[]}', /version plus récente/],
    ['other JSON', '[1,2,3]', /objet JSON attendu/],
    ['5 MB of text', 'a'.repeat(5_000_000), /pas un JSON valide/],
  ])('refuses %s with a French message', async (_name, text, message) => {
    const db = freshDb();
    const r = await importText(text, db);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
    expect(await db.dossiers.count()).toBe(0);
  });

  it('lists each problem with its path and writes nothing', async () => {
    const { db } = await sampleDb();
    const file = await buildExport({}, db);
    const d = file.dossiers[0]!;
    const broken = {
      ...file,
      dossiers: [d, { ...d, id: 'other', groups: { 'fiche.blocs': [{}, {}, { libelle: 42 }] } }],
    };
    (broken.dossiers[1] as { groups: Record<string, unknown[]> }).groups['fiche.blocs']![2] = {
      libelle: true,
    };
    const target = freshDb();
    const r = await importText(JSON.stringify(broken), target);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContain('dossiers[1].groups.fiche.blocs[2].libelle : valeur d’un type inattendu');
    expect(await target.dossiers.count()).toBe(0);
  });

  it('detects a corrupted attachment', async () => {
    const { db } = await sampleDb();
    const file = await buildExport({}, db);
    file.dossiers[0]!.attachments[0]!.data = 'JVBERg'; // truncated base64
    const r = await importText(JSON.stringify(file), freshDb());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^dossiers\[0\]\.attachments\[0\]\.data : /);
  });
});

describe('exchange format versions', () => {
  const file = (version: number, text: string) =>
    JSON.stringify({
      format: 'certifill-dossiers',
      version,
      exportedAt: '2026-01-01T00:00:00.000Z',
      dossiers: [
        {
          ...createDossier('RNCP', 'Ancien'),
          id: `v${version}`,
          values: { 'fiche.activitesVisees': text, 'fiche.intitule': '- pas une liste' },
          attachments: [],
        },
      ],
    });

  it('imports a version-1 file, its plain texts becoming formatted text', async () => {
    const db = freshDb();
    const result = await importText(file(1, 'Activités :\n- une\n- deux'), db);
    expect(result.ok).toBe(true);
    const d = await db.dossiers.get('v1');
    expect(d?.values['fiche.activitesVisees']).toBe('<p>Activités :</p><ul><li>une</li><li>deux</li></ul>');
    expect(d?.values['fiche.intitule']).toBe('- pas une liste');
  });

  it('imports a version-2 file sanitizing its HTML, and exports version 3', async () => {
    const db = freshDb();
    const result = await importText(file(2, '<ul><li onclick="x()">une<img src=x onerror=y></li></ul>'), db);
    expect(result.ok).toBe(true);
    expect((await db.dossiers.get('v2'))?.values['fiche.activitesVisees']).toBe('<ul><li>une</li></ul>');
    expect((await buildExport({}, db)).version).toBe(3);
  });
});
