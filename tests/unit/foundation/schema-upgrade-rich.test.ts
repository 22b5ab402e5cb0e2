// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CertifillDb, SCHEMA_V2 } from '@/utils/storage/db';

/** A dossier as version 2 stored it: texts typed as plain text, one imported with HTML. */
const OLD = {
  id: 'd1',
  name: 'Titre 2025',
  repertoire: 'RNCP',
  requestKind: 'premiere',
  previousCode: null,
  filedOn: null,
  createdAt: '2025-05-01T10:00:00.000Z',
  updatedAt: '2025-05-01T10:00:00.000Z',
  attachments: [],
  values: {
    'fiche.intitule': 'Technicien - réseaux',
    'fiche.activitesVisees': 'Le technicien :\n- installe\n- dépanne\n  - à distance\n\nIl rend compte.',
    'fiche.competencesAttestees': '<p onclick="x()">Déjà <b>formaté</b><script>alert(1)</script></p>',
    'fiche.objectifsContexte': '',
    'fiche.codesRome': ['M1801'],
  },
  groups: {
    'fiche.blocs': [
      { libelle: 'Bloc 1 - Installer', listeCompetences: '1. Préparer\n2. Poser', modalitesEvaluation: null },
    ],
  },
};

describe('schema upgrade to version 4 (formatted text)', () => {
  it('turns plain textarea values into formatted text and leaves other fields alone', async () => {
    const name = `rich-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('dossiers').add(OLD);
    await v2
      .table('revisions')
      .add({ dossierId: 'd1', savedAt: OLD.updatedAt, reason: 'autosave', snapshot: OLD });
    v2.close();

    const db = new CertifillDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    const d = await db.dossiers.get('d1');
    expect(d?.values).toEqual({
      'fiche.intitule': 'Technicien - réseaux',
      'fiche.activitesVisees':
        '<p>Le technicien :</p><ul><li>installe</li><li>dépanne<ul><li>à distance</li></ul></li></ul><p>Il rend compte.</p>',
      'fiche.competencesAttestees': '<p>Déjà <strong>formaté</strong></p>',
      'fiche.objectifsContexte': null,
      'fiche.codesRome': ['M1801'],
    });
    expect(d?.groups['fiche.blocs']).toEqual([
      {
        libelle: 'Bloc 1 - Installer',
        listeCompetences: '<ol><li>Préparer</li><li>Poser</li></ol>',
        modalitesEvaluation: null,
      },
    ]);
    const [revision] = await db.revisions.toArray();
    expect(revision?.snapshot.values['fiche.activitesVisees']).toBe(d?.values['fiche.activitesVisees']);
    db.close();
  });
});
