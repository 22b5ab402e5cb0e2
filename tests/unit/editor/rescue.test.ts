// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRescues, writeRescue } from '@/components/editor/rescue';
import { MAX_TEXT } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { addDossier } from '@/utils/storage/dossier-store';
import { diffDossier } from '@/utils/storage/merge';
import { saveDossierPatch } from '@/utils/storage/save-patch';
import { freshDb } from '../../helpers/db';

beforeEach(() => localStorage.clear());

describe('rescue copy of unsaved edits', () => {
  it('merges a copy the database does not hold yet, then forgets it', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Secours', db);
    const entries = diffDossier(d, setValue(d, 'fiche.intitule', 'Tapé juste avant la fermeture'));
    writeRescue({ dossierId: d.id, writer: 'editor-a', seq: 3, entries });
    expect(await applyRescues(db)).toBe(1);
    expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Tapé juste avant la fermeture');
    expect(localStorage.length).toBe(0);
  });

  it('forgets a copy its page already saved, without writing it again', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Secours', db);
    const entries = diffDossier(d, setValue(d, 'fiche.intitule', 'Déjà enregistré'));
    writeRescue({ dossierId: d.id, writer: 'editor-a', seq: 3, entries });
    await saveDossierPatch(d.id, entries, { writer: 'editor-a', seq: 4 }, db);
    const revisions = await db.revisions.count();
    expect(await applyRescues(db)).toBe(1);
    expect(await db.revisions.count()).toBe(revisions);
    expect(localStorage.length).toBe(0);
  });

  it('never puts an older copy over what the same page saved later', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Secours', db);
    const old = diffDossier(d, setValue(d, 'fiche.intitule', 'Ancien'));
    writeRescue({ dossierId: d.id, writer: 'editor-a', seq: 1, entries: old });
    await saveDossierPatch(
      d.id,
      diffDossier(d, setValue(d, 'fiche.intitule', 'Plus récent')),
      { writer: 'editor-a', seq: 2 },
      db,
    );
    await applyRescues(db);
    expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Plus récent');
    expect(localStorage.length).toBe(0);
  });

  it('keeps a copy the dossier cannot take yet (never discarded unapplied)', async () => {
    const db = freshDb();
    const d = await addDossier('RS', 'Secours', db);
    const entries = diffDossier(d, setValue(d, 'fiche.intitule', 'a'.repeat(MAX_TEXT + 1)));
    writeRescue({ dossierId: d.id, writer: 'editor-a', seq: 1, entries });
    expect(await applyRescues(db)).toBe(0);
    expect(localStorage.length).toBe(1);
    expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBeUndefined();
  });

  it('merges a copy left by the previous version (a whole dossier) when it is newer', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Secours', db);
    const later = new Date(Date.parse(d.updatedAt) + 1000).toISOString();
    localStorage.setItem(
      `certifill.rescue.${d.id}`,
      JSON.stringify({ writtenAt: later, dossier: setValue(d, 'fiche.intitule', 'Copie ancienne') }),
    );
    await applyRescues(db);
    expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Copie ancienne');
    expect(localStorage.length).toBe(0);
  });
});
