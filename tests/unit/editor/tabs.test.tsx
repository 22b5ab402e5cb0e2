import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setValue } from '@/utils/dossier/paths';
import { addDossier, saveDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

async function open(tab: string) {
  const db = freshDb();
  let d = await addDossier('RNCP', 'Onglets', db);
  d = await saveDossier(setValue(d, 'compte.siret', '1234'), 'autosave', db);
  renderEditor(`#/dossier/${d.id}/${tab}`, db);
  await screen.findByRole('heading', { level: 1, name: 'Onglets' });
  return { db, d };
}

describe('dossier tabs', () => {
  it('marks the current tab and links the others', async () => {
    const { d } = await open('historique');
    const nav = screen.getByRole('navigation', { name: 'Vues du dossier' });
    expect(within(nav).getByRole('link', { name: 'Historique' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Vérification' }).getAttribute('href')).toBe(
      `#/dossier/${d.id}/verification`,
    );
  });

  it('« Vérification » lists what blocks the filing and opens the field in the form', async () => {
    const { d } = await open('verification');
    expect(await screen.findByRole('heading', { name: 'Prêt à déposer ?' })).toBeTruthy();
    const report = screen.getByRole('heading', { name: 'Prêt à déposer ?' }).closest('section')!;
    fireEvent.click(within(report).getAllByRole('button', { name: 'SIRET' })[0]!);
    expect(window.location.hash).toBe(`#/dossier/${d.id}/champ/compte.siret`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await eventually(() => expect(document.activeElement?.id).toBe('champ-compte-siret'));
  });

  it('« Demande de compléments » shows the comments view of the dossier', async () => {
    await open('complements');
    expect(await screen.findByRole('heading', { level: 2, name: 'Demande de compléments' })).toBeTruthy();
  });
});
