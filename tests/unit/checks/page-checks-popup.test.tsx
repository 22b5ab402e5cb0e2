import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PageChecks } from '@/components/popup/PageChecks';
import { checksMessenger, type PageChecksSummary } from '@/utils/messaging/checks-protocol';

vi.mock('@/components/sidepanel/target-tab-context', () => ({
  useTargetTab: () => ({ tabId: 7, pinned: true, revision: 0 }),
}));

const SUMMARY: PageChecksSummary = {
  url: 'https://certifpro.francecompetences.fr/webapp/rncp/demandes/1/fiche',
  recognised: 12,
  toVerify: 1,
  missing: 1,
  errors: 1,
  warnings: 0,
  items: [
    {
      key: 'c3',
      label: 'SIRET',
      path: 'compte.siret',
      kind: 'error',
      message: 'La clé de contrôle du SIRET est incorrecte : vérifiez les chiffres saisis.',
    },
    {
      key: 'c4',
      label: 'Intitulé',
      path: 'fiche.intitule',
      kind: 'missing',
      message: 'Ce champ est obligatoire.',
    },
  ],
};

describe('PageChecks (popup)', () => {
  it('shows the page’s summary and focuses a field on request', async () => {
    const send = vi
      .spyOn(checksMessenger, 'sendMessage')
      .mockImplementation((async (name: string) => (name === 'getPageChecks' ? SUMMARY : true)) as never);
    render(<PageChecks />);
    expect(
      await screen.findByText('12 champs reconnus · 1 à vérifier · 1 erreur · 1 à compléter'),
    ).toBeTruthy();
    expect(screen.getByText(/Erreur : La clé de contrôle du SIRET/)).toBeTruthy();
    expect(screen.getByText('À compléter : Ce champ est obligatoire.')).toBeTruthy();
    expect(send).toHaveBeenCalledWith('getPageChecks', undefined, { tabId: 7, frameId: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Aller au champ Intitulé' }));
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith('focusPageField', 'c4', { tabId: 7, frameId: 0 }),
    );
  });

  it('says when the field is gone', async () => {
    vi.spyOn(checksMessenger, 'sendMessage').mockImplementation((async (name: string) =>
      name === 'getPageChecks' ? SUMMARY : false) as never);
    render(<PageChecks />);
    fireEvent.click(await screen.findByRole('button', { name: 'Aller au champ SIRET' }));
    expect((await screen.findByRole('alert')).textContent).toContain('n’est plus sur la page');
  });

  it('shows nothing when the tab has no checks (not Certif Pro) or answers garbage', async () => {
    vi.spyOn(checksMessenger, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    const { container } = render(<PageChecks />);
    await vi.waitFor(() => expect(container.textContent).toBe(''));
  });

  it('rejects an answer that does not fit the schema', async () => {
    vi.spyOn(checksMessenger, 'sendMessage').mockResolvedValue({ errors: 'beaucoup' } as never);
    const { container } = render(<PageChecks />);
    await vi.waitFor(() => expect(container.textContent).toBe(''));
  });
});
