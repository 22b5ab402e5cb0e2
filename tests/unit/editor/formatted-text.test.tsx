import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getValue, setValue } from '@/utils/dossier/paths';
import { addDossier, getDossier, saveDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

const HTML = '<p>Trois épreuves :</p><ul><li>une épreuve pratique ;</li><li>un entretien.</li></ul>';
const PATH = 'fiche.modalitesEvaluation';

describe('a value kept with its formatting', () => {
  it('says what the tags mean, counts the shown text, and converts to plain text on request', async () => {
    const db = freshDb();
    let d = await addDossier('RS', 'Mise en forme', db);
    d = await saveDossier(setValue(d, PATH, HTML), 'import', db);
    renderEditor(`#/dossier/${d.id}/champ/${encodeURIComponent(PATH)}`, db);
    const note = await eventually(() => {
      const n = document.getElementById('champ-fiche-modalitesEvaluation-mise-en-forme');
      expect(n?.textContent).toContain('Texte mis en forme');
      return n as HTMLElement;
    });
    expect(
      document.getElementById('champ-fiche-modalitesEvaluation')?.getAttribute('aria-describedby'),
    ).toContain('champ-fiche-modalitesEvaluation-mise-en-forme');
    const shown = 'Trois épreuves :\nune épreuve pratique ;\nun entretien.';
    expect(document.getElementById('champ-fiche-modalitesEvaluation-compteur')?.textContent).toContain(
      `${shown.length}`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Convertir en texte simple' }));
    await eventually(async () => expect(getValue((await getDossier(d.id, db))!, PATH)).toBe(shown));
    expect(note.isConnected).toBe(false);
    const area = document.getElementById('champ-fiche-modalitesEvaluation') as HTMLTextAreaElement;
    expect(area.value).toBe(shown);
    expect(area.getAttribute('aria-describedby') ?? '').not.toContain('mise-en-forme');
  });

  it('says nothing about plain text', async () => {
    const db = freshDb();
    let d = await addDossier('RS', 'Simple', db);
    d = await saveDossier(setValue(d, PATH, 'Une épreuve écrite < 3 heures.'), 'import', db);
    renderEditor(`#/dossier/${d.id}/champ/${encodeURIComponent(PATH)}`, db);
    await eventually(() =>
      expect(
        (document.getElementById('champ-fiche-modalitesEvaluation') as HTMLTextAreaElement).value,
      ).toContain('écrite'),
    );
    expect(document.getElementById('champ-fiche-modalitesEvaluation-mise-en-forme')).toBeNull();
  });
});
