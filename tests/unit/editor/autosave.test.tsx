import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT } from '@/utils/dossier/model';
import { addDossier } from '@/utils/storage/dossier-store';
import { listRevisions } from '@/utils/storage/revision-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor, typeRich } from './render';

afterEach(() => {
  window.location.hash = '';
});

async function openNew(repertoire: 'RNCP' | 'RS' = 'RNCP') {
  const db = freshDb();
  const d = await addDossier(repertoire, 'Titre de test', db);
  renderEditor(`#/dossier/${d.id}/tout`, db);
  await screen.findByRole('heading', { level: 1, name: 'Titre de test' });
  return { db, d };
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('autosave', () => {
  it('saves a typed field after a short pause and says when', async () => {
    const { db, d } = await openNew();
    fireEvent.change(input('champ-fiche-intitule'), { target: { value: 'Technicien réseaux' } });
    expect(screen.getByText('Enregistrement…')).toBeTruthy();
    await eventually(async () =>
      expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Technicien réseaux'),
    );
    await screen.findByText(/^Enregistré à \d\d:\d\d$/);
    const revisions = await listRevisions(d.id, db);
    expect(revisions.map((r) => r.reason)).toEqual(['autosave', 'create']);
  });

  it('keeps the edits durably at once when the page is hidden or closed, then writes them', async () => {
    const { db, d } = await openNew();
    await typeRich('champ-fiche-objectifsContexte', 'Contexte');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // Synchronously: the local copy holds the edit (IndexedDB may not finish during unload).
    const copy = Object.keys(localStorage).find((k) => k.startsWith(`certifill.rescue.${d.id}.`));
    expect(copy && localStorage.getItem(copy)).toContain('<p>Contexte</p>');
    await eventually(async () =>
      expect((await db.dossiers.get(d.id))?.values['fiche.objectifsContexte']).toBe('<p>Contexte</p>'),
    );
    // Once the database holds it, the copy goes.
    await eventually(() =>
      expect(Object.keys(localStorage).filter((k) => k.startsWith('certifill.rescue.'))).toEqual([]),
    );
  });

  it('keeps the text in the field and explains in French when the save fails', async () => {
    const { db, d } = await openNew();
    const tooLong = 'a'.repeat(MAX_TEXT + 1);
    fireEvent.change(input('champ-fiche-intitule'), { target: { value: tooLong } });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('Enregistrement impossible');
    expect(alert.textContent).toContain('Intitulé de la certification : texte trop long');
    expect(input('champ-fiche-intitule').value).toBe(tooLong);
    expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBeUndefined();
    // Fixing the text saves again and clears the error.
    fireEvent.change(input('champ-fiche-intitule'), { target: { value: 'Court' } });
    await eventually(async () =>
      expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Court'),
    );
    await eventually(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('does not reset a field being typed in when the stored dossier changes elsewhere', async () => {
    const { db, d } = await openNew();
    const field = input('champ-fiche-intitule');
    field.focus();
    fireEvent.change(field, { target: { value: 'Saisie en cours' } });
    await eventually(async () =>
      expect((await db.dossiers.get(d.id))?.values['fiche.intitule']).toBe('Saisie en cours'),
    );
    // A capture from the page writes another field meanwhile.
    const stored = (await db.dossiers.get(d.id))!;
    await db.dossiers.put({
      ...stored,
      updatedAt: new Date(Date.now() + 1000).toISOString(),
      values: { ...stored.values, 'fiche.activitesVisees': '<ul><li>Capturé</li></ul>' },
    });
    await eventually(() =>
      expect(input('champ-fiche-activitesVisees').innerHTML).toBe('<ul><li>Capturé</li></ul>'),
    );
    expect(field.value).toBe('Saisie en cours');
  });

  it('edits selects, numbers and code lists', async () => {
    const { db, d } = await openNew();
    fireEvent.change(input('champ-demande-niveauSouhaite'), { target: { value: 'NIV5' } });
    const codes = input('champ-fiche-codesRome');
    fireEvent.change(codes, { target: { value: 'm1805' } });
    fireEvent.keyDown(codes, { key: 'Enter' });
    fireEvent.change(codes, { target: { value: 'I1401 ' } });
    fireEvent.click(screen.getByRole('button', { name: '+ Ajouter une promotion' }));
    fireEvent.change(input('champ-promotions-0-annee'), { target: { value: '2024' } });
    fireEvent.change(input('champ-promotions-0-tauxInsertionGlobal6mois'), { target: { value: '85,5' } });
    await eventually(async () => {
      const saved = await db.dossiers.get(d.id);
      expect(saved?.values['demande.niveauSouhaite']).toBe('NIV5');
      expect(saved?.values['fiche.codesRome']).toEqual(['M1805', 'I1401']);
      expect(saved?.groups.promotions?.[0]).toEqual({ annee: 2024, tauxInsertionGlobal6mois: 85.5 });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Retirer M1805' }));
    await eventually(async () =>
      expect((await db.dossiers.get(d.id))?.values['fiche.codesRome']).toEqual(['I1401']),
    );
  });

  it('says a piece is saved once it is added, even with no field typed since the page opened', async () => {
    const { db, d } = await openNew();
    expect(screen.getByText('Enregistrement automatique')).toBeTruthy();
    const file = new File(['%PDF-1.4 test'], 'b3.pdf', { type: 'application/pdf' });
    fireEvent.change(input('champ-pieces-bulletinN3'), { target: { files: [file] } });
    await screen.findByText('b3.pdf');
    await screen.findByText(/^Enregistré à \d\d:\d\d$/);
    expect((await db.dossiers.get(d.id))?.attachments.map((a) => a.name)).toEqual(['b3.pdf']);
  });
});
