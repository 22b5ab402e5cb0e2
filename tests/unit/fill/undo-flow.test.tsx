import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PageClient } from '@/components/popup/page-client';
import { UndoFlow } from '@/components/popup/UndoFlow';
import { undoMessage } from '@/utils/fill/undo-message';

const line = (key: string, label: string, detail: string) => ({ key, path: `p.${key}`, label, detail });

function client(changed: ReturnType<typeof line>[]) {
  return {
    previewUndo: vi.fn(async () => ({ total: 3, changed })),
    undoPrefill: vi.fn(async (restore: string[]) => ({
      restored: 3 - changed.length + restore.length,
      kept: changed.filter((c) => !restore.includes(c.key)),
      removed: [],
      left: [],
      failed: [],
      message: undoMessage(3 - changed.length + restore.length, changed.length - restore.length, 0),
    })),
  } as unknown as PageClient & { undoPrefill: ReturnType<typeof vi.fn> };
}

describe('popup: « Annuler le pré-remplissage »', () => {
  it('undoes at once when nothing changed since the fill', async () => {
    const c = client([]);
    render(<UndoFlow client={c} />);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler le pré-remplissage' }));
    expect(
      await screen.findByText(
        'Pré-remplissage annulé : 3 champs rétablis dans l’état d’avant le pré-remplissage.',
      ),
    ).toBeTruthy();
    expect(c.undoPrefill).toHaveBeenCalledWith([]);
  });

  it('lists the fields changed since, keeps them unless ticked, and reports them', async () => {
    const c = client([line('f1', 'Intitulé', 'Corrigé à la main'), line('f2', 'Sigle', 'TSR')]);
    render(<UndoFlow client={c} />);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler le pré-remplissage' }));
    expect(
      await screen.findByText(
        '2 champs ont été modifiés depuis le pré-remplissage. Ils seront laissés tels quels, sauf ceux que vous cochez.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Valeur actuelle : Corrigé à la main')).toBeTruthy();
    const box = screen.getByLabelText('Rétablir aussi « Sigle »') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer l’annulation' }));
    expect(await screen.findByTestId('undo-report')).toBeTruthy();
    expect(c.undoPrefill).toHaveBeenCalledWith(['f2']);
    expect(screen.getByText('Laissés tels quels (1)')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Pré-remplissage annulé : 2 champs rétablis dans l’état d’avant le pré-remplissage, 1 champ modifié depuis le pré-remplissage laissé tel quel.',
    );
  });

  it('« Ne rien annuler » leaves the page alone', async () => {
    const c = client([line('f1', 'Intitulé', 'x')]);
    render(<UndoFlow client={c} />);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler le pré-remplissage' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ne rien annuler' }));
    expect(screen.getByRole('button', { name: 'Annuler le pré-remplissage' })).toBeTruthy();
    expect(c.undoPrefill).not.toHaveBeenCalled();
  });
});

describe('the undo sentence says only what is true', () => {
  it.each([
    [1, 0, 0, 'Pré-remplissage annulé : 1 champ rétabli dans l’état d’avant le pré-remplissage.'],
    [0, 2, 0, 'Pré-remplissage annulé : 2 champs modifiés depuis le pré-remplissage laissés tels quels.'],
    [
      2,
      0,
      1,
      'Pré-remplissage annulé en partie : 2 champs rétablis dans l’état d’avant le pré-remplissage, 1 champ non rétabli (voir ci-dessous).',
    ],
    [0, 0, 0, 'Rien à annuler : le pré-remplissage n’avait modifié aucun champ.'],
  ])('%i restored, %i kept, %i failed', (r, k, f, text) => {
    expect(undoMessage(r, k, f)).toBe(text);
  });
});
