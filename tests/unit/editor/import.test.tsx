import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDossier } from '@/utils/dossier/factory';
import { toDto } from '@/utils/dossier/model';
import { FORMAT, FORMAT_VERSION } from '@/utils/transfer/format';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

function exportText(dossiers: unknown[]) {
  return JSON.stringify({
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: '2026-01-01T00:00:00.000Z',
    dossiers,
  });
}

function pick(text: string, name = 'export.json') {
  const input = document.getElementById('import-file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('import', () => {
  it('shows every problem with its path, and writes nothing', async () => {
    const { db } = renderEditor();
    await screen.findByText('Aucun dossier pour l’instant');
    const good = { ...toDto(createDossier('RNCP', 'Bon')), comments: [] };
    const bad = toDto(createDossier('RNCP', 'Mauvais'));
    const broken = {
      ...bad,
      comments: [],
      groups: { 'fiche.blocs': [{}, {}, { libelle: { texte: 'objet' } }] },
      filedOn: '12/03/2026',
    };
    pick(exportText([good, broken]), 'dossiers.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Import refusé : rien n’a été enregistré.');
    expect(alert.textContent).toContain('dossiers.json');
    const items = Array.from(alert.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toContain('dossiers[1].groups.fiche.blocs[2].libelle : valeur d’un type inattendu');
    expect(items.some((t) => t?.startsWith('dossiers[1].filedOn : '))).toBe(true);
    expect(await db.dossiers.count()).toBe(0);
  });

  it('says plainly when the file is not an export', async () => {
    renderEditor();
    await screen.findByText('Aucun dossier pour l’instant');
    pick('{"dossiers": [');
    expect((await screen.findByRole('alert')).textContent).toContain('n’est pas un JSON valide');
  });

  it('sends a Word document to « Importer un document Word » instead of calling it bad JSON', async () => {
    const { db } = renderEditor();
    await screen.findByText('Aucun dossier pour l’instant');
    pick('PK\u0003\u0004 not json', 'Dossier RNCP.docx');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('« Importer un document Word »');
    expect(alert.textContent).not.toContain('JSON valide');
    expect(await db.dossiers.count()).toBe(0);
  });

  it('lists the imported dossiers with links to open them', async () => {
    const { db } = renderEditor();
    await screen.findByText('Aucun dossier pour l’instant');
    const d = { ...toDto(createDossier('RS', 'Habilitation')), comments: [] };
    pick(exportText([d]));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('1 dossier importé');
    expect(screen.getAllByRole('link', { name: 'Habilitation' })[0]!.getAttribute('href')).toBe(
      `#/dossier/${d.id}`,
    );
    await eventually(async () => expect(await db.dossiers.count()).toBe(1));
  });
});
