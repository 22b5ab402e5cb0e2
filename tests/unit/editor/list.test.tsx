import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDossier, getActiveDossierId } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

describe('dossier list', () => {
  it('invites to create or import when there is no dossier', async () => {
    renderEditor();
    expect(await screen.findByText('Aucun dossier pour l’instant')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeTruthy();
  });

  it('creates an RS dossier with its name, opens it and makes it active', async () => {
    const { db } = renderEditor();
    fireEvent.change(await screen.findByLabelText('Nom du dossier'), {
      target: { value: 'Habilitation électrique' },
    });
    fireEvent.click(screen.getByRole('radio', { name: /^RS/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Créer le dossier' }));
    const [d] = await eventually(async () => {
      const all = await db.dossiers.toArray();
      expect(all).toHaveLength(1);
      return all;
    });
    expect(d).toMatchObject({ name: 'Habilitation électrique', repertoire: 'RS', requestKind: 'premiere' });
    await eventually(() => expect(window.location.hash).toBe(`#/dossier/${d!.id}`));
    expect(await getActiveDossierId(db)).toBe(d!.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Habilitation électrique' })).toBeTruthy();
    // RS, every section on one page: no blocs de compétences, but the RS categories.
    act(() => {
      window.location.hash = `#/dossier/${d!.id}/tout`;
    });
    await eventually(() => expect(document.getElementById('champ-demande-categorieRS')).not.toBeNull());
    expect(document.querySelector('[data-group="fiche.blocs"]')).toBeNull();
  });

  it('lists dossiers with their repertoire, duplicates, renames and deletes after confirmation', async () => {
    const db = freshDb();
    await addDossier('RNCP', 'Titre A', db);
    renderEditor('', db);
    const row = (await screen.findByRole('link', { name: 'Titre A' })).closest('tr')!;
    expect(within(row).getByText('RNCP')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: /Dupliquer/ }));
    await screen.findByRole('link', { name: 'Titre A (copie)' });

    fireEvent.click(within(row).getByRole('button', { name: /Renommer/ }));
    fireEvent.change(screen.getByLabelText('Nouveau nom'), { target: { value: 'Titre B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Renommer' }));
    await screen.findByRole('link', { name: 'Titre B' });

    const rowB = screen.getByRole('link', { name: 'Titre B' }).closest('tr')!;
    fireEvent.click(within(rowB).getByRole('button', { name: /Supprimer/ }));
    expect(screen.getByText(/Cette action est définitive/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(await db.dossiers.count()).toBe(2);
    fireEvent.click(within(rowB).getByRole('button', { name: /Supprimer/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    await eventually(async () => expect(await db.dossiers.count()).toBe(1));
    await eventually(() => expect(screen.queryByRole('link', { name: 'Titre B' })).toBeNull());
  });

  it('chooses the active dossier', async () => {
    const db = freshDb();
    const a = await addDossier('RNCP', 'A', db);
    await addDossier('RS', 'B', db);
    renderEditor('', db);
    const row = (await screen.findByRole('link', { name: 'A' })).closest('tr')!;
    fireEvent.click(within(row).getByRole('radio'));
    await eventually(async () => expect(await getActiveDossierId(db)).toBe(a.id));
    await eventually(() => expect(within(row).getByText('Actif')).toBeTruthy());
  });
});
