import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReadinessPanel } from '@/components/readiness/ReadinessPanel';
import { Dossier } from '@/utils/dossier/model';
import { addComments } from '@/utils/storage/comment-store';
import { saveDossier, setActiveDossierId } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { renderWithDb } from '../comments-ui/setup';
import { sample } from './fixtures';

vi.mock('@/components/popup/target-tab', () => ({ targetTabId: async () => null }));

async function activeSample() {
  const db = freshDb();
  const meta = sample('rs');
  const dossier = Dossier.parse({
    ...meta,
    filedOn: '2026-12-01',
    attachments: meta.attachments.map((a) => ({ ...a, blob: new Blob(['x']) })),
  });
  await saveDossier(dossier, 'import', db);
  await setActiveDossierId(dossier.id, db);
  return { db, dossier };
}

describe('ReadinessPanel (side panel tab « Prêt à déposer ? »)', () => {
  afterEach(() => fakeBrowser.reset());

  it('says so when there is no active dossier', async () => {
    renderWithDb(freshDb(), <ReadinessPanel />);
    expect(await screen.findByText(/Aucun dossier actif/)).toBeTruthy();
  });

  it('shows the active dossier’s bars and remarks; a finding opens its field in the editor off the platform', async () => {
    const { db, dossier } = await activeSample();
    const at = '2026-11-20T10:00:00.000Z';
    await addComments(
      [
        {
          id: 'c1',
          dossierId: dossier.id,
          requestId: 'r1',
          position: 0,
          text: 'Précisez le contrôle des sessions des organismes habilités.',
          criterion: '3',
          criterionByUser: false,
          confidence: 0.9,
          fields: ['rs.critere3.argumentaire'],
          status: 'en_cours',
          note: '',
          createdAt: at,
          updatedAt: at,
          receivedOn: null,
        },
      ],
      db,
    );
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderWithDb(db, <ReadinessPanel />);
    await screen.findByRole('heading', { name: 'Critère par critère' });
    expect(screen.getAllByRole('img', { name: /vérifications? sur/ })).toHaveLength(11);
    const three = document.querySelector('[data-criterion="3"]') as HTMLElement;
    expect(await within(three).findByText(/Précisez le contrôle des sessions/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Imprimer la liste de contrôle' })).toBeNull();
    fireEvent.click(
      within(three).getAllByRole('button', { name: /Procédures de contrôle/ })[0] as HTMLElement,
    );
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[0]?.url).toMatch(
      /options\.html#\/dossier\/exemple-rs-irve\/champ\/pieces\.procedureControle$/,
    );
    expect(await screen.findByText(/est ouvert dans l’éditeur/)).toBeTruthy();
  });
});
