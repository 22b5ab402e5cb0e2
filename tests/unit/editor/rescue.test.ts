import { beforeEach, describe, expect, it } from 'vitest';
import { applyRescues, clearRescue, writeRescue } from '@/components/editor/rescue';
import { setValue } from '@/utils/dossier/paths';
import { addDossier, saveDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';

beforeEach(() => localStorage.clear());

describe('rescue copy of unsaved edits', () => {
  it('saves a copy written after the stored version, then forgets it', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Secours', db);
    await new Promise((r) => setTimeout(r, 5));
    writeRescue(setValue(d, 'fiche.intitule', 'Tapé juste avant la fermeture'));
    expect(await applyRescues(db)).toBe(1);
    expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Tapé juste avant la fermeture');
    expect(localStorage.length).toBe(0);
  });

  it('drops a copy when the database already holds a newer save', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Secours', db);
    writeRescue(setValue(d, 'fiche.intitule', 'Ancien'));
    await new Promise((r) => setTimeout(r, 5));
    await saveDossier(setValue(d, 'fiche.intitule', 'Plus récent'), 'autosave', db);
    expect(await applyRescues(db)).toBe(0);
    expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Plus récent');
    expect(localStorage.length).toBe(0);
  });

  it('clears a copy once the save succeeded', async () => {
    const db = freshDb();
    const d = await addDossier('RS', 'Secours', db);
    writeRescue(d);
    clearRescue(d.id);
    expect(localStorage.length).toBe(0);
  });
});
