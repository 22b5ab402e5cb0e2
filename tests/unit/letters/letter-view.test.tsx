import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommentsView } from '@/components/comments/CommentsView';
import { Letters } from '../../comments/corpus-schema';
import { dossierDb, eventually, renderWithDb } from '../comments-ui/setup';

// A letter of the development part of the corpus (never the held-out part).
const letters = Letters.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../comments/letters.json'), 'utf8')),
);
const l01 = letters.find((l) => l.id === 'l01' && l.split === 'dev');

async function pasteAndAnalyze(text: string) {
  fireEvent.change(screen.getByLabelText('Collez la demande de compléments'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Analyser' }));
  return screen.findByTestId('ignored-lines');
}

describe('a whole letter in the comments view', () => {
  it('shows the remarks, the deadline from the day received and the ignored lines; a line can be restored', async () => {
    if (!l01) throw new Error('l01 missing from the development part');
    const { db, dossier } = await dossierDb('RNCP', l01.filedOn);
    renderWithDb(db, <CommentsView dossier={dossier} />);
    const ignored = await pasteAndAnalyze(l01.text);
    expect(screen.getAllByTestId('preview-item')).toHaveLength(3);
    expect(
      within(ignored)
        .getAllByTestId('ignored-line')
        .map((li) => li.querySelector('.cm-ignored__text')?.textContent),
    ).toEqual(l01.ignored);

    // Left at today, the day received is months after the letter's date (8 January 2026): the panel says so.
    expect(screen.getByTestId('receipt-hint').textContent).toMatch(
      /^Le courrier est daté du 8\u00a0janvier\u00a02026\u00a0: s’il vous est parvenu avant le /,
    );
    // The day received decides the due date (30 days from receipt).
    const received = screen.getByLabelText('Reçue le');
    fireEvent.change(received, { target: { value: '12/01/2026' } });
    fireEvent.blur(received);
    expect((await screen.findByTestId('due')).textContent).toMatch(
      /^À rendre le 11\u00a0février\u00a02026 — /,
    );
    expect(screen.queryByTestId('receipt-hint')).toBeNull();

    const signer = within(ignored)
      .getAllByTestId('ignored-line')
      .find((li) => li.textContent?.includes('Paul Durand') && !li.textContent.includes(':'));
    fireEvent.click(within(signer as HTMLElement).getByRole('button', { name: 'Rétablir comme remarque' }));
    const items = screen.getAllByTestId('preview-item');
    expect(items).toHaveLength(4);
    expect(items[3]?.textContent).toContain('Paul Durand');
    expect(screen.getAllByTestId('ignored-line')).toHaveLength(l01.ignored.length - 1);

    fireEvent.click(screen.getByRole('button', { name: /^Suivre ces remarques/ }));
    const [request] = await eventually(async () => {
      const r = await db.requests.toArray();
      expect(r).toHaveLength(1);
      return r;
    });
    expect(request).toMatchObject({ receivedOn: '2026-01-12', dueOn: '2026-02-11', dossierId: dossier.id });
    expect(request?.ignored).toHaveLength(l01.ignored.length - 1);
    const tracked = await db.comments
      .where('requestId')
      .equals(request?.id ?? '')
      .toArray();
    expect(tracked.sort((a, b) => a.position - b.position).map((c) => c.heading)).toEqual([
      'Critère n° 1 : Adéquation du métier visé aux emplois occupés',
      "Critère n° 2 bis : Réalité des moyens techniques, pédagogiques et d'encadrement",
      "Critère n° 6 : Accès par la validation des acquis de l'expérience",
      undefined,
    ]);
    expect((await screen.findByTestId('request-card')).textContent).toContain(
      'À rendre le 11\u00a0février\u00a02026',
    );
  });

  it('shows a low-confidence link « à confirmer », not ticked for tracking, and never as a refusal ground', async () => {
    const { db, dossier } = await dossierDb('RNCP', '2025-11-17');
    renderWithDb(db, <CommentsView dossier={dossier} />);
    // c260 (development part).
    fireEvent.change(screen.getByLabelText('Collez la demande de compléments'), {
      target: { value: "Les résultats d'insertion des promotions 2023 et 2024 ne sont pas fournis." },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Analyser' }));
    const [item] = await screen.findAllByTestId('preview-item');
    expect(within(item as HTMLElement).getByTestId('to-confirm').textContent).toBe('à confirmer');
    const proposed = [...(item?.querySelectorAll('.cm-criterion__head, .cm-runner-up') ?? [])];
    expect(proposed.map((p) => p.textContent).join(' ')).toMatch(/^RNCP 1° — /);
    expect(proposed.map((p) => p.textContent).join(' ')).not.toMatch(/Refus sans examen|Recevabilité/);
    expect((within(item as HTMLElement).getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    expect(
      (screen.getByRole('button', { name: /^Suivre ces remarques/ }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(within(item as HTMLElement).getByRole('button', { name: 'Confirmer ce critère' }));
    expect((within(item as HTMLElement).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    expect(within(item as HTMLElement).queryByTestId('to-confirm')).toBeNull();
  });
});
