import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PagePanel } from '@/components/popup/PagePanel';
import { PageSummary } from '@/components/popup/PageSummary';
import { PrefillFlow } from '@/components/popup/PrefillFlow';
import type { PageClient } from '@/components/popup/page-client';
import { TargetTabProvider } from '@/components/sidepanel/target-tab-context';
import { pageMessenger } from '@/utils/messaging/page-protocol';

vi.mock('@/utils/storage/dossier-store', () => ({ getActiveDossierId: async () => 'd1' }));

const dossier = { id: 'd1', name: 'Titre TSRC', repertoire: 'RNCP' as const };

function client(): PageClient {
  return {
    scan: vi.fn(),
    reloadMappings: vi.fn(),
    previewPrefill: vi.fn(async () => ({
      dossier,
      items: [
        {
          key: 'f1',
          path: 'fiche.intitule',
          label: 'Intitulé',
          control: 'text' as const,
          current: '',
          target: 'Technicien',
          decision: 'a_remplir' as const,
          writable: true,
        },
        {
          key: 'f2',
          path: 'fiche.blocs[0].libelle',
          label: 'Intitulé du bloc',
          control: 'text' as const,
          current: 'À la main',
          target: 'Administrer',
          decision: 'different' as const,
          writable: true,
        },
        {
          key: 'f3',
          path: 'fiche.secteursActivite',
          label: 'Secteurs',
          control: 'textarea' as const,
          current: '',
          target: 'x',
          decision: 'trop_long' as const,
          note: '2 100 caractères pour 2 000 autorisés',
          writable: false,
        },
      ],
      missing: [
        {
          path: 'fiche.competencesAttestees',
          label: 'Compétences attestées',
          value: '- Installer\n- Sécuriser',
        },
      ],
      groups: [],
    })),
    applyPrefill: vi.fn(async () => ({
      filled: [{ key: 'f1', path: 'fiche.intitule', label: 'Intitulé', detail: 'Technicien' }],
      skipped: [
        { key: 'f3', path: 'fiche.secteursActivite', label: 'Secteurs', detail: 'trop long — non écrit' },
      ],
      failed: [],
      missing: [{ path: 'fiche.blocs[1].libelle', label: 'Bloc 2 — Intitulé du bloc', value: 'Exploiter' }],
      created: [],
      notCreated: [],
      undoAvailable: true,
    })),
    previewUndo: vi.fn(async () => ({ total: 1, changed: [] })),
    undoPrefill: vi.fn(async () => ({
      restored: 1,
      kept: [],
      removed: [],
      left: [],
      failed: [],
      message: 'Pré-remplissage annulé : 1 champ rétabli dans l’état d’avant le pré-remplissage.',
    })),
    previewCapture: vi.fn(),
    focusField: vi.fn(),
  } as unknown as PageClient;
}

describe('popup: « Pré-remplir cette page »', () => {
  it('preview → tick a differing value → apply → report → undo', async () => {
    const c = client();
    render(<PrefillFlow client={c} onClose={() => undefined} />);
    expect(await screen.findByText('à remplir')).toBeTruthy();
    expect(screen.getByText('trop long — non écrit sauf si coché')).toBeTruthy();
    // The dossier's values with no field here are listed before « Appliquer », as plain text.
    const missing = screen.getByTestId('missing-values');
    expect(missing.textContent).toContain('Valeurs du dossier sans champ sur cette page (1)');
    expect(missing.textContent).toContain('- Installer\n- Sécuriser');
    fireEvent.click(screen.getByLabelText('Remplacer la valeur de la page : « Intitulé du bloc »'));
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer' }));
    expect(await screen.findByText('1 champ rempli.')).toBeTruthy();
    expect(c.applyPrefill).toHaveBeenCalledWith(['f2']);
    expect(screen.getByText(/Valeurs du dossier sans champ sur cette page/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler le pré-remplissage' }));
    expect(await screen.findByText(/Pré-remplissage annulé/)).toBeTruthy();
  });

  it('warns when the page is an RS demande and the active dossier an RNCP one', () => {
    const scan = {
      host: 'h',
      pathname: '/p',
      pathPattern: '/p',
      dossier,
      pageRepertoire: 'RS' as const,
      fields: [],
      undoAvailable: false,
      standing: null,
    };
    render(
      <PageSummary scan={scan} client={client()} onOpen={() => undefined} onChanged={() => undefined} />,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Cette page est une demande RS alors que le dossier actif est au RNCP',
    );
  });

  it('says to open a Certif Pro page when the tab does not answer', async () => {
    window.history.replaceState(null, '', '/sidepanel.html?tabId=7');
    vi.spyOn(pageMessenger, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    render(
      <TargetTabProvider>
        <PagePanel />
      </TargetTabProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Ouvrez une page de Certif Pro');
  });
});
