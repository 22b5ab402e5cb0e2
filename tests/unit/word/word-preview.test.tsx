import { fireEvent, screen } from '@testing-library/react';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { addDossier, getDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from '../editor/render';

afterEach(() => {
  window.location.hash = '';
});

async function docxFile(): Promise<File> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Activités visées', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: 'installer', bold: true })], bullet: { level: 0 } }),
          new Paragraph({ text: 'Objectifs et contexte', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Un contexte.'),
          new Paragraph({ text: 'Annexe technique', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Gardé à part.'),
        ],
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(doc);
  return new File([bytes], 'dossier.docx', {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

describe('« Importer un document Word »', () => {
  it('lists every proposed assignment, lets the user drop one, writes only on « Importer »', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Depuis Word', db);
    renderEditor(`#/dossier/${d.id}`, db);
    await screen.findByRole('heading', { level: 1, name: 'Depuis Word' });
    const input = document.getElementById('word-file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [await docxFile()] } });
    await screen.findByRole('heading', { name: /^Importer\s«\sdossier\.docx\s»$/ }, { timeout: 15_000 });
    const selects = screen.getAllByLabelText('Destination') as HTMLSelectElement[];
    expect(selects.map((s) => s.value)).toEqual(['fiche.activitesVisees', 'fiche.objectifsContexte', '']);
    expect(screen.getByText('Annexe technique')).toBeTruthy();
    expect(screen.getByText(/Non placée/)).toBeTruthy();
    // Nothing written yet; the user drops the context section.
    expect((await getDossier(d.id, db))?.values['fiche.activitesVisees']).toBeUndefined();
    fireEvent.change(selects[1]!, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await eventually(async () => {
      const saved = await getDossier(d.id, db);
      expect(saved?.values['fiche.activitesVisees']).toBe('<ul><li><strong>installer</strong></li></ul>');
      expect(saved?.values['fiche.objectifsContexte']).toBeUndefined();
    });
    expect(
      await screen.findByText(/^1 section importée de « dossier\.docx »\. La version d’avant l’import reste/),
    ).toBeTruthy();
  }, 60_000);

  it('says in French why a file cannot be read, and writes nothing', async () => {
    const db = freshDb();
    const d = await addDossier('RS', 'Mauvais fichier', db);
    renderEditor(`#/dossier/${d.id}`, db);
    await screen.findByRole('heading', { level: 1, name: 'Mauvais fichier' });
    const input = document.getElementById('word-file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{"a":1}'], 'export.docx')] } });
    expect((await screen.findByRole('alert', {}, { timeout: 15_000 })).textContent).toMatch(
      /n’est pas un document Word/,
    );
    expect((await getDossier(d.id, db))?.updatedAt).toBe(d.updatedAt);
  });
});
