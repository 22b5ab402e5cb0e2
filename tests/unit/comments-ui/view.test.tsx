import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CommentsView } from '@/components/comments/CommentsView';
import { addComments } from '@/utils/storage/comment-store';
import type { TrackedComment } from '@/utils/storage/records';
import { dossierDb, renderWithDb } from './setup';

afterEach(() => {
  window.location.hash = '';
});

function comment(dossierId: string, i: number, criterion: string | null, status: TrackedComment['status']) {
  const at = new Date(Date.UTC(2026, 2, 12, 10, 0, i)).toISOString();
  return {
    id: `c${i}`,
    dossierId,
    requestId: 'r1',
    position: i,
    text: `Remarque ${i}`,
    criterion,
    criterionByUser: false,
    confidence: 0.9,
    fields: criterion === '6' ? ['fiche.voiesAcces.vae.compositionJury', 'rncp.critere6.pieces'] : [],
    status,
    note: '',
    createdAt: at,
    updatedAt: at,
    receivedOn: '2026-03-12',
  } satisfies TrackedComment;
}

describe('CommentsView (editor)', () => {
  it('groups the tracked comments by criterion, in the order of the regulation, with progress', async () => {
    const { db, dossier } = await dossierDb('RNCP', '2025-11-03');
    await addComments(
      [
        comment(dossier.id, 0, '6', 'corrige'),
        comment(dossier.id, 1, '3', 'a_traiter'),
        comment(dossier.id, 2, '6', 'en_cours'),
        comment(dossier.id, 3, null, 'a_traiter'),
      ],
      db,
    );
    renderWithDb(db, <CommentsView dossier={dossier} />);
    expect(await screen.findByText('1 / 4 corrigée')).toBeTruthy();
    const groups = screen.getAllByRole('region').filter((r) => r.classList.contains('cm-group'));
    expect(groups.map((g) => g.querySelector('h4')?.textContent)).toEqual([
      expect.stringMatching(/^RNCP 3° — /),
      expect.stringMatching(/^RNCP 6° — /),
      'Remarques sans critère identifié',
    ]);
    expect(within(groups[1] as HTMLElement).getByText('1 / 2 corrigée')).toBeTruthy();
    expect(within(groups[1] as HTMLElement).getAllByTestId('tracked-item')).toHaveLength(2);
  });

  it('opens a field to correct in the editor’s form', async () => {
    const { db, dossier } = await dossierDb();
    await addComments([comment(dossier.id, 0, '6', 'a_traiter')], db);
    renderWithDb(db, <CommentsView dossier={dossier} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Jury : Par expérience' }));
    expect(decodeURIComponent(window.location.hash)).toBe(
      `#/dossier/${dossier.id}/champ/fiche.voiesAcces.vae.compositionJury`,
    );
    expect(await screen.findByText('« Jury : Par expérience » est affiché dans la saisie.')).toBeTruthy();
  });
});
