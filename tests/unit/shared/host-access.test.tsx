import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HostAccessNotice } from '@/components/shared/HostAccessNotice';

const ORIGINS = ['https://certifpro.francecompetences.fr/*'];

function grant(initially: boolean, onRequest = true) {
  let granted = initially;
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ host_permissions: ORIGINS } as never);
  const contains = vi
    .spyOn(fakeBrowser.permissions, 'contains')
    .mockImplementation((async () => granted) as never);
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => {
    granted = onRequest;
    return onRequest;
  }) as never);
  return { contains, request };
}

describe('HostAccessNotice (Firefox may leave host permissions ungranted)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says nothing when Certif Pro is reachable', async () => {
    const { contains } = grant(true);
    const { container } = render(<HostAccessNotice />);
    await vi.waitFor(() => expect(contains).toHaveBeenCalledWith({ origins: ORIGINS }));
    expect(container.textContent).toBe('');
  });

  it('explains and asks for access, then tells to reload the page', async () => {
    const { request } = grant(false);
    render(<HostAccessNotice />);
    const button = await screen.findByRole('button', { name: 'Autoriser l’accès à Certif Pro' });
    expect(screen.getByRole('alert').textContent).toContain(
      'Certifill n’a pas encore accès aux pages de Certif Pro',
    );
    fireEvent.click(button);
    expect(await screen.findByText(/Accès à Certif Pro autorisé\. Rechargez la page/)).toBeTruthy();
    expect(request).toHaveBeenCalledWith({ origins: ORIGINS });
  });

  it('a refusal keeps the request available', async () => {
    grant(false, false);
    render(<HostAccessNotice />);
    fireEvent.click(await screen.findByRole('button', { name: 'Autoriser l’accès à Certif Pro' }));
    expect(await screen.findByText(/L’accès n’a pas été accordé/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Autoriser l’accès à Certif Pro' })).toBeTruthy();
  });

  it('a browser without the permissions API counts as granted', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ host_permissions: ORIGINS } as never);
    const { container } = render(<HostAccessNotice />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });
});
