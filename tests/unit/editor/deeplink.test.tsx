import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setValue } from '@/utils/dossier/paths';
import { addDossier, saveDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

describe('deep links', () => {
  it('opens the dossier and focuses the field named in the hash', async () => {
    const db = freshDb();
    let d = await addDossier('RNCP', 'Lien', db);
    d = await saveDossier(setValue(d, 'fiche.blocs[1].libelle', 'Deuxième bloc'), 'autosave', db);
    const path = encodeURIComponent('fiche.blocs[1].libelle');
    renderEditor(`#/dossier/${d.id}/champ/${path}`, db);
    await screen.findByRole('heading', { level: 1, name: 'Lien' });
    await eventually(() => expect(document.activeElement?.id).toBe('champ-fiche-blocs-1-libelle'));
    expect(document.activeElement?.getAttribute('data-field-path')).toBe('fiche.blocs[1].libelle');
    expect((document.activeElement as HTMLInputElement).value).toBe('Deuxième bloc');
  });

  it('gives every field of the repertoire an input with its id and path', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Tous', db);
    renderEditor(`#/dossier/${d.id}/tout`, db);
    await screen.findByRole('heading', { level: 1, name: 'Tous' });
    const { fieldsFor } = await import('@/utils/catalogue');
    const missing = fieldsFor('RNCP')
      .filter((f) => !f.group)
      .filter((f) => !document.querySelector(`[data-field-path="${f.id}"]`))
      .map((f) => f.id);
    expect(missing).toEqual([]);
    for (const el of document.querySelectorAll('[data-field-path]:not(button)')) {
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
      expect(label ?? el.closest('fieldset')).not.toBeNull();
    }
  });

  it('says so when the field does not exist in this dossier', async () => {
    const db = freshDb();
    const d = await addDossier('RS', 'RS', db);
    renderEditor(`#/dossier/${d.id}/champ/fiche.blocs%5B0%5D.libelle`, db);
    expect(await screen.findByText(/n’existe pas dans ce dossier RS/)).toBeTruthy();
  });

  it('shows a clear page for an unknown dossier', async () => {
    renderEditor('#/dossier/inexistant');
    expect(await screen.findByRole('heading', { name: 'Dossier introuvable' })).toBeTruthy();
  });
});
