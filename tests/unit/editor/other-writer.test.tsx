import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setValue } from '@/utils/dossier/paths';
import { addDossier } from '@/utils/storage/dossier-store';
import { mutateDossier } from '@/utils/storage/save-patch';
import { readDossierSettled } from '@/utils/storage/settled-read';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

async function openNew() {
  const db = freshDb();
  const d = await addDossier('RNCP', 'Deux onglets', db);
  renderEditor(`#/dossier/${d.id}/tout`, db);
  await screen.findByRole('heading', { level: 1, name: 'Deux onglets' });
  return { db, d };
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

/** Another editor tab's save: a later edit of `path`. */
function otherTab(db: ReturnType<typeof freshDb>, id: string, path: string, value: string) {
  return mutateDossier(
    id,
    (d) => setValue(d, path, value),
    {
      writer: 'editor-autre-onglet',
      editedAt: new Date(Date.now() + 1000).toISOString(),
    },
    db,
  );
}

describe('an open editor and another writer', () => {
  it('a focused field shows the later edit saved elsewhere, and leaving it does not write its old text back', async () => {
    const { db, d } = await openNew();
    const field = input('champ-fiche-intitule');
    act(() => field.focus());
    fireEvent.change(field, { target: { value: 'Mon intitulé' } });
    await eventually(async () =>
      expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Mon intitulé'),
    );
    await screen.findByText(/^Enregistré à/);

    await otherTab(db, d.id, 'fiche.intitule', 'Intitulé de l’autre onglet');
    // Still focused: the field shows what the dossier now holds, and says so.
    expect(document.activeElement).toBe(field);
    await eventually(() => expect(field.value).toBe('Intitulé de l’autre onglet'));
    expect((await screen.findByText(/Modifié dans un autre onglet/)).textContent).toMatch(
      /remplace la vôtre/,
    );

    act(() => field.blur());
    fireEvent.blur(field);
    await new Promise((r) => setTimeout(r, 700));
    expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Intitulé de l’autre onglet');

    // Typing again starts from the shown text: the edit is the person's, and it is saved.
    act(() => field.focus());
    fireEvent.change(field, { target: { value: 'Intitulé de l’autre onglet, complété' } });
    await eventually(async () =>
      expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe(
        'Intitulé de l’autre onglet, complété',
      ),
    );
  });

  it('a focused field keeps what is typed when its own earlier value comes back from the database', async () => {
    const { db, d } = await openNew();
    const field = input('champ-fiche-intitule');
    act(() => field.focus());
    fireEvent.change(field, { target: { value: 'Mon' } });
    await eventually(async () => expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Mon'));
    fireEvent.change(field, { target: { value: 'Mon intitulé' } });
    // Another writer saves another field meanwhile: the stored version still says « Mon ».
    await otherTab(db, d.id, 'fiche.objectifsContexte', '<p>Contexte</p>');
    expect(field.value).toBe('Mon intitulé');
    await eventually(async () =>
      expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Mon intitulé'),
    );
    expect(field.value).toBe('Mon intitulé');
    expect(screen.queryByText(/Modifié dans un autre onglet/)).toBeNull();
  });

  it('a text typed then erased before the autosave is never merged later, and the page says it is saved', async () => {
    const { db, d } = await openNew();
    const field = input('champ-fiche-intitule');
    fireEvent.change(field, { target: { value: 'Intitulé' } });
    await screen.findByText(/^Enregistré à \d\d:\d\d$/, {}, { timeout: 10_000 });
    fireEvent.change(field, { target: { value: 'Intitulé, faute de frappe' } });
    await eventually(async () => expect((await db.drafts.toArray())[0]?.entries).toHaveLength(1));
    fireEvent.change(field, { target: { value: 'Intitulé' } });
    // Nothing differs from the stored dossier any more: « Enregistré », not « Enregistrement… » forever.
    await screen.findByText(/^Enregistré à \d\d:\d\d$/, {}, { timeout: 10_000 });
    // A read for pre-fill merges pending drafts first: the erased text must not come back.
    await eventually(async () => expect((await db.drafts.toArray())[0]?.entries).toEqual([]));
    expect((await readDossierSettled(d.id, db))?.values['fiche.intitule']).toBe('Intitulé');
  });
});
