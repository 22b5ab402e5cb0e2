import { fireEvent, screen, within } from '@testing-library/react';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { listDossiers } from '@/utils/storage/dossier-store';
import { eventually, renderEditor } from '../editor/render';
import { sampleBytes } from './helpers';

afterEach(() => {
  window.location.hash = '';
});

function give(file: File) {
  const input = document.getElementById('fiche-export-file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

async function openDialog() {
  const { db } = renderEditor();
  fireEvent.click(
    await screen.findByRole('button', { name: 'Nouveau dossier à partir d’une fiche publiée' }),
  );
  const dialog = await screen.findByRole('dialog', { name: 'Nouveau dossier à partir d’une fiche publiée' });
  return { db, dialog };
}

describe('« Nouveau dossier à partir d’une fiche publiée »', () => {
  it('reads the zip, finds the fiche as one types, and opens the renewal with its report', async () => {
    const { db, dialog } = await openDialog();
    const zip = zipSync({ 'export-fiches-rncp-v4-1.xml': sampleBytes('fiches-sample-rncp.xml') });
    give(new File([zip as Uint8Array<ArrayBuffer>], 'export-fiches-rncp-v4-1-2026-08-16.zip'));
    await within(dialog).findByText(
      /3 fiches dans « export-fiches-rncp-v4-1-2026-08-16\.zip » \(export au format 4\.1\)/,
      {},
      { timeout: 10_000 },
    );
    const search = within(dialog).getByLabelText('Numéro ou intitulé de la fiche');
    fireEvent.change(search, { target: { value: 'vétérinaire' } });
    await within(dialog).findByText('1 fiche correspond.');
    fireEvent.change(search, { target: { value: '374' } });
    await within(dialog).findByText('1 fiche correspond.');
    expect(within(dialog).getByRole('radio').closest('label')?.textContent).toContain(
      'RNCP37488 Cybersécurité',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le renouvellement de RNCP37488' }));
    await eventually(() => expect(window.location.hash).toMatch(/^#\/dossier\//));
    const [dossier] = await listDossiers(db);
    expect(dossier).toMatchObject({ requestKind: 'renouvellement', previousCode: 'RNCP37488' });
    expect(dossier!.groups['fiche.blocs']).toHaveLength(2);
    const report = await screen.findByRole(
      'region',
      { name: 'Dossier créé à partir de la fiche RNCP37488' },
      { timeout: 10_000 },
    );
    expect(report.textContent).toContain(
      'Fiche « Publiée », enregistrement de droit, en cours jusqu’au 31 août 2028.',
    );
    expect(report.textContent).toMatch(/listes à puces ont été rétablies/);
    fireEvent.click(within(report).getByRole('button', { name: 'Masquer ce compte rendu' }));
    await eventually(() => expect(screen.queryByRole('region', { name: /Dossier créé/ })).toBeNull());
  });

  it('says in French what is wrong with a file that is not the export, and creates nothing', async () => {
    const { db, dialog } = await openDialog();
    give(new File(['<rss><channel/></rss>'], 'flux.xml', { type: 'text/xml' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Import impossible, aucun dossier n’a été créé.');
    expect(alert.textContent).toContain('n’est pas l’export des fiches de France compétences');
    expect(await db.dossiers.count()).toBe(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Choisir un autre fichier' }));
    await within(dialog).findByRole('button', { name: 'Choisir l’export (.zip ou .xml)' });
  });
});
