import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setValue } from '@/utils/dossier/paths';
import { addDossier, saveDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

async function openWithBlocs(libelles: string[]) {
  const db = freshDb();
  let d = await addDossier('RNCP', 'Blocs', db);
  libelles.forEach((l, i) => {
    d = setValue(d, `fiche.blocs[${i}].libelle`, l);
  });
  d = await saveDossier(d, 'autosave', db);
  renderEditor(`#/dossier/${d.id}/tout`, db);
  await screen.findByRole('heading', { level: 1, name: 'Blocs' });
  const stored = async () => (await db.dossiers.get(d.id))?.groups['fiche.blocs']?.map((b) => b.libelle);
  return { db, d, stored };
}

describe('repeatable groups', () => {
  it('adds an item and edits it', async () => {
    const { stored } = await openWithBlocs(['Concevoir']);
    fireEvent.click(screen.getByRole('button', { name: '+ Ajouter un bloc' }));
    const libelle = document.getElementById('champ-fiche-blocs-1-libelle') as HTMLInputElement;
    expect(document.activeElement?.closest('[data-item-key]')).toBe(libelle.closest('[data-item-key]'));
    fireEvent.change(libelle, { target: { value: 'Déployer' } });
    await eventually(async () => expect(await stored()).toEqual(['Concevoir', 'Déployer']));
  });

  it('moves items up and down, keeping each one’s text and the focus on the moved item', async () => {
    const { stored } = await openWithBlocs(['A', 'B', 'C']);
    fireEvent.click(screen.getByRole('button', { name: 'Descendre le bloc 1' }));
    expect([0, 1, 2].map((i) => value(`champ-fiche-blocs-${i}-libelle`))).toEqual(['B', 'A', 'C']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Descendre le bloc 2');
    fireEvent.click(screen.getByRole('button', { name: 'Monter le bloc 3' }));
    expect([0, 1, 2].map((i) => value(`champ-fiche-blocs-${i}-libelle`))).toEqual(['B', 'C', 'A']);
    await eventually(async () => expect(await stored()).toEqual(['B', 'C', 'A']));
    expect((screen.getByRole('button', { name: 'Monter le bloc 1' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Descendre le bloc 3' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('asks before removing a filled item, not an empty one', async () => {
    const { stored } = await openWithBlocs(['A', 'B']);
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le bloc 1' }));
    expect(screen.getByRole('heading', { name: 'Supprimer le bloc 1 ?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer' }));
    await eventually(async () => expect(await stored()).toEqual(['B']));
    expect(value('champ-fiche-blocs-0-libelle')).toBe('B');

    fireEvent.click(screen.getByRole('button', { name: '+ Ajouter un bloc' }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le bloc 2' }));
    expect(screen.queryByRole('heading', { name: 'Supprimer le bloc 2 ?' })).toBeNull();
    await eventually(async () => expect(await stored()).toEqual(['B']));
  });
});
