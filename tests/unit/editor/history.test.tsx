import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toDto } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { addDossier, saveDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

describe('history', () => {
  it('lists revisions with their French reason and restores one after confirmation', async () => {
    const db = freshDb();
    const created = await addDossier('RNCP', 'Historique', db);
    const captured = await saveDossier(setValue(created, 'fiche.intitule', 'Capturé'), 'capture', db);
    // An older revision that still had a piece, since removed: it cannot come back.
    await db.revisions.add({
      dossierId: created.id,
      savedAt: '2026-01-05T09:00:00.000Z',
      reason: 'import',
      snapshot: {
        ...toDto(created),
        attachments: [
          {
            id: 'gone',
            fieldId: 'pieces.bulletinN3',
            name: 'b3.pdf',
            type: 'application/pdf',
            size: 10,
            documentDate: null,
            addedAt: '2026-01-05T09:00:00.000Z',
          },
        ],
      },
    });
    renderEditor(`#/dossier/${captured.id}/historique`, db);
    await screen.findByRole('heading', { name: 'Historique des versions' });
    const reasons = () =>
      Array.from(document.querySelectorAll('.cf-revision__reason')).map((e) => e.textContent);
    await eventually(() => expect(reasons()).toEqual(['Import', 'Capture depuis la page', 'Création']));

    const creation = document.querySelectorAll('.cf-revision')[2] as HTMLElement;
    fireEvent.click(within(creation).getByRole('button', { name: 'Restaurer cette version' }));
    expect(screen.getByText(/La version actuelle reste dans l’historique/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restaurer' }));
    await screen.findByText(/^Version du .* restaurée\.$/);
    await eventually(async () =>
      expect((await db.dossiers.get(created.id))?.values['fiche.intitule']).toBeUndefined(),
    );

    // The list follows the database live: the restore's own revision arrives after the notice.
    await eventually(() =>
      expect(reasons()).toEqual(['Restauration', 'Import', 'Capture depuis la page', 'Création']),
    );
    const imported = document.querySelectorAll('.cf-revision')[1] as HTMLElement;
    fireEvent.click(within(imported).getByRole('button', { name: 'Restaurer cette version' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restaurer' }));
    expect(
      await screen.findByText(/Ces pièces jointes ne peuvent pas être restaurées.*b3\.pdf/),
    ).toBeTruthy();
  });
});
