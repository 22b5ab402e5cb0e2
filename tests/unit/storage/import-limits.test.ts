// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { describe, expect, it } from 'vitest';
import { createDossier } from '@/utils/dossier/factory';
import { MAX_GROUP_ITEMS } from '@/utils/dossier/limits';
import { setValue } from '@/utils/dossier/paths';
import { addComments } from '@/utils/storage/comment-store';
import { readAttachmentBlob } from '@/utils/storage/file-store';
import { saveMapping } from '@/utils/storage/mapping-store';
import { FORMAT, FORMAT_VERSION } from '@/utils/transfer/format';
import { importText } from '@/utils/transfer/import';
import { freshDb } from '../../helpers/db';

const NOW = '2026-03-01T10:00:00.000Z';

function comment(id: string, dossierId: string, text: string) {
  return {
    id,
    dossierId,
    requestId: `req-${dossierId}`,
    position: 0,
    text,
    criterion: '3',
    criterionByUser: false,
    confidence: 0.8,
    fields: ['fiche.competencesAttestees'],
    status: 'a_traiter' as const,
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
    receivedOn: null,
  };
}

function attachment(id: string, bytes: number[]) {
  return {
    id,
    fieldId: 'pieces.referentiel',
    name: `${id}.pdf`,
    type: 'application/pdf',
    size: bytes.length,
    documentDate: null,
    addedAt: NOW,
    data: Buffer.from(bytes).toString('base64'),
  };
}

function mapping(signature: string, fieldPath: string) {
  return {
    signature,
    host: 'certifpro.francecompetences.fr',
    pathPattern: '/webapp/*',
    fieldPath,
    createdAt: NOW,
  };
}

/** An export of three dossiers, each with remarks and pieces, and taught mappings. */
function threeDossiers() {
  const dossiers = [0, 1, 2].map((i) => {
    const d = setValue(createDossier('RNCP', `Dossier ${i}`), 'fiche.intitule', `<p>Intitulé ${i}</p>`);
    return {
      ...d,
      id: `dossier-${i}`,
      attachments: [attachment(`piece-${i}-a`, [i, 1, 2]), attachment(`piece-${i}-b`, [i, 3, 4, 5])],
      comments: [
        comment(`remarque-${i}-1`, `dossier-${i}`, `Remarque ${i}.1`),
        comment(`remarque-${i}-2`, `dossier-${i}`, `Remarque ${i}.2`),
      ],
    };
  });
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: NOW,
    dossiers,
    mappings: [mapping('label:intitule', 'fiche.intitule'), mapping('label:bloc2', 'fiche.blocs[1].libelle')],
  };
}

async function counts(db: ReturnType<typeof freshDb>) {
  return {
    dossiers: await db.dossiers.count(),
    comments: await db.comments.count(),
    files: await db.files.count(),
    mappings: await db.mappings.count(),
    revisions: await db.revisions.count(),
  };
}

describe('import against the file', () => {
  it('holds every dossier, remark, piece and mapping of the file', async () => {
    const file = threeDossiers();
    const db = freshDb();
    const r = await importText(JSON.stringify(file), db);
    expect(r.ok).toBe(true);
    // Counted in the database, against the file (not against the report).
    expect(await counts(db)).toEqual({
      dossiers: file.dossiers.length,
      comments: file.dossiers.flatMap((d) => d.comments).length,
      files: file.dossiers.flatMap((d) => d.attachments).length,
      mappings: file.mappings.length,
      revisions: file.dossiers.length,
    });
    for (const d of file.dossiers) {
      const stored = await db.dossiers.get(d.id);
      expect(stored?.values['fiche.intitule']).toBe(d.values['fiche.intitule']);
      expect(stored?.attachments.map((a) => a.id)).toEqual(d.attachments.map((a) => a.id));
      for (const a of d.attachments) {
        const blob = await readAttachmentBlob(a.id, db);
        expect(Buffer.from(await blob!.arrayBuffer()).toString('base64')).toBe(a.data);
      }
      const texts = (await db.comments.where('dossierId').equals(d.id).toArray()).map((c) => c.text).sort();
      expect(texts).toEqual(d.comments.map((c) => c.text).sort());
    }
    expect((await db.mappings.toArray()).map((m) => m.fieldPath).sort()).toEqual(
      file.mappings.map((m) => m.fieldPath).sort(),
    );
  });

  it('writes nothing when the second dossier fails to be written', async () => {
    const db = freshDb();
    let added = 0;
    db.dossiers.hook('creating', () => {
      added++;
      if (added === 2) throw new Error('écriture refusée (test)');
    });
    const r = await importText(JSON.stringify(threeDossiers()), db);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/rien n’a été importé/);
    expect(added).toBe(2);
    expect(await counts(db)).toEqual({ dossiers: 0, comments: 0, files: 0, mappings: 0, revisions: 0 });
  });

  it('refuses a taught mapping to an absurd group index, in French, writing nothing', async () => {
    const file = threeDossiers();
    file.mappings.push(mapping('label:piege', 'fiche.blocs[99999999].libelle'));
    const db = freshDb();
    const r = await importText(JSON.stringify(file), db);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContain(
        `mappings[2].fieldPath : Chemin de champ refusé : fiche.blocs[99999999].libelle (élément n° 100000000, un groupe compte au plus ${MAX_GROUP_ITEMS} éléments)`,
      );
    expect(await counts(db)).toEqual({ dossiers: 0, comments: 0, files: 0, mappings: 0, revisions: 0 });
  });

  it('refuses a mapping to a field the catalogue does not have', async () => {
    const file = threeDossiers();
    file.mappings = [mapping('label:x', 'fiche.inexistant')];
    const r = await importText(JSON.stringify(file), freshDb());
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual(['mappings[0].fieldPath : Chemin de champ inconnu : fiche.inexistant']);
  });

  it('refuses a group of more items than a dossier may hold', async () => {
    const file = threeDossiers();
    file.dossiers[1]!.groups = { 'fiche.blocs': Array.from({ length: MAX_GROUP_ITEMS + 1 }, () => ({})) };
    const r = await importText(JSON.stringify(file), freshDb());
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContain(
        `dossiers[1].groups.fiche.blocs : liste trop longue (${MAX_GROUP_ITEMS} éléments au plus)`,
      );
  });

  it('never allocates millions of items for an absurd path', () => {
    const d = createDossier('RNCP');
    expect(() => setValue(d, 'fiche.blocs[5000000].libelle', 'x')).toThrow(/au plus 500 éléments/);
  });
});

describe('import de-duplication', () => {
  it('renames a remark whose id is tracked here: the local remark is untouched', async () => {
    const db = freshDb();
    const local = createDossier('RNCP', 'Local');
    await db.dossiers.add(local);
    await addComments([comment('remarque-1-1', local.id, 'Remarque locale')], db);
    const r = await importText(JSON.stringify(threeDossiers()), db);
    expect(r.ok).toBe(true);
    expect((await db.comments.get('remarque-1-1'))?.text).toBe('Remarque locale');
    expect(await db.comments.count()).toBe(1 + 6);
    expect(
      (await db.comments.where('dossierId').equals('dossier-1').toArray()).map((c) => c.text).sort(),
    ).toEqual(['Remarque 1.1', 'Remarque 1.2']);
    if (r.ok) expect(r.notes.join(' ')).toMatch(/1 remarque ajoutée\(s\) sous un nouvel identifiant/);
  });

  it('keeps both pieces when one file uses the same attachment id twice', async () => {
    const file = threeDossiers();
    file.dossiers[2]!.attachments[0] = attachment('piece-0-a', [9, 9, 9, 9, 9]);
    const db = freshDb();
    const r = await importText(JSON.stringify(file), db);
    expect(r.ok).toBe(true);
    expect(await db.files.count()).toBe(6);
    const pieces = (await db.dossiers.get('dossier-2'))!.attachments;
    expect(pieces[0]!.id).not.toBe('piece-0-a');
    const blob = await readAttachmentBlob(pieces[0]!.id, db);
    expect([...new Uint8Array(await blob!.arrayBuffer())]).toEqual([9, 9, 9, 9, 9]);
    const first = await readAttachmentBlob('piece-0-a', db);
    expect([...new Uint8Array(await first!.arrayBuffer())]).toEqual([0, 1, 2]);
  });

  it('renames a piece whose id is already stored here, and a second import adds copies', async () => {
    const db = freshDb();
    const text = JSON.stringify(threeDossiers());
    await importText(text, db);
    const again = await importText(text, db);
    expect(again.ok).toBe(true);
    expect(await db.dossiers.count()).toBe(6);
    expect(await db.files.count()).toBe(12);
    expect(await db.comments.count()).toBe(12);
  });

  it('does not add the same taught mappings again on a re-import', async () => {
    const db = freshDb();
    await saveMapping(
      {
        signature: 'label:intitule',
        host: 'certifpro.francecompetences.fr',
        pathPattern: '/webapp/*',
        fieldPath: 'fiche.intitule',
      },
      db,
    );
    const text = JSON.stringify(threeDossiers());
    const first = await importText(text, db);
    await importText(text, db);
    expect(await db.mappings.count()).toBe(2);
    if (first.ok) {
      expect(first.mappings).toBe(1);
      expect(first.notes.join(' ')).toMatch(/1 correspondance de champ déjà connue/);
    }
  });

  it('reports field ids the catalogue does not know and leaves them out', async () => {
    const file = threeDossiers();
    file.dossiers[0]!.values = { ...file.dossiers[0]!.values, 'fiche.champInvente': 'x' };
    (file.dossiers[0]!.groups as Record<string, unknown[]>)['fiche.blocs'] = [
      { libelle: 'Bloc', couleur: 'bleu' },
    ];
    const db = freshDb();
    const r = await importText(JSON.stringify(file), db);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.notes[0]).toContain('dossiers[0].values.fiche.champInvente');
      expect(r.notes[0]).toContain('dossiers[0].groups.fiche.blocs[].couleur');
    }
    const d = await db.dossiers.get('dossier-0');
    expect(d?.values['fiche.champInvente']).toBeUndefined();
    expect(d?.groups['fiche.blocs']).toEqual([{ libelle: 'Bloc' }]);
  });
});

describe('import of the sample dossiers', () => {
  it.each(['sample-rncp.json', 'sample-rs.json'])(
    '%s: every field known to the catalogue, nothing left out',
    async (name) => {
      const { readFileSync } = await import('node:fs');
      const text = readFileSync(`tests/fixtures/dossiers/${name}`, 'utf8');
      const db = freshDb();
      const r = await importText(text, db);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.notes).toEqual([]);
      const file = JSON.parse(text) as { dossiers: { attachments: unknown[] }[] };
      expect(await db.files.count()).toBe(file.dossiers.flatMap((d) => d.attachments).length);
    },
  );
});
