import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommentsPanel } from '@/components/comments/CommentsPanel';
import { listComments } from '@/utils/storage/comment-store';
import { freshDb } from '../../helpers/db';
import { dossierDb, eventually, renderWithDb } from './setup';

const REQUEST = `Madame, Monsieur,

L’instruction de votre demande nécessite les compléments suivants :

1. Merci de préciser les intitulés des emplois occupés par les titulaires et leur correspondance avec le métier visé (codes ROME).
2. La composition du jury VAE n’est pas précisée (critère 6°).
3. Le bulletin n°3 du dirigeant n’a pas été transmis malgré notre relance du 12 mars.

Cordialement.`;

async function analyse(text: string) {
  fireEvent.change(await screen.findByLabelText('Collez la demande de compléments'), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Analyser' }));
}

describe('CommentsPanel (popup)', () => {
  it('says so when there is no dossier', async () => {
    renderWithDb(freshDb(), <CommentsPanel />);
    expect(await screen.findByText(/Aucun dossier actif/)).toBeTruthy();
  });

  it('splits the pasted request and links every comment to its criterion and fields', async () => {
    const { db } = await dossierDb('RNCP', '2025-11-03');
    renderWithDb(db, <CommentsPanel />);
    await analyse(REQUEST);
    expect(await screen.findByRole('heading', { name: '3 remarques trouvées' })).toBeTruthy();
    const items = screen.getAllByTestId('preview-item');
    expect(items).toHaveLength(3);
    const names = items.map((i) => i.querySelector('.cm-criterion__name')?.textContent);
    expect(names[0]).toMatch(/^RNCP 1° — /);
    expect(names[1]).toBe("RNCP 6° — Accès par la validation des acquis de l'expérience");
    expect(names[2]).toMatch(/^Recevabilité/);
    const [first, second, third] = items.map((i) => within(i));
    expect(first?.getByRole('button', { name: 'Code(s) ROME' })).toBeTruthy();
    expect(second?.getByText(/confiance élevée · 95/)).toBeTruthy();
    expect(second?.getByText(/la remarque cite/)).toBeTruthy();
    expect(second?.getByRole('button', { name: 'Jury : Par expérience' })).toBeTruthy();
    expect(third?.getByRole('button', { name: /^Bulletin n° 3/ })).toBeTruthy();
    // Long field lists are folded after the five most specific.
    const chips = () => items[0]?.querySelectorAll('[data-field]').length;
    expect(chips()).toBe(5);
    fireEvent.click(first?.getByRole('button', { name: /^Afficher les \d+ autres$/ }) as HTMLElement);
    expect(chips()).toBeGreaterThan(5);
    // The criterion's wording for this dossier sits in a <details>.
    expect(items[1]?.querySelector('details.cm-wording p')?.textContent).toMatch(/^6° /);
  });

  it('shows an item with markup as literal text, never as HTML', async () => {
    const { db } = await dossierDb();
    const { container } = renderWithDb(db, <CommentsPanel />);
    const evil = 'Le bloc n° 1 contient <b>gras</b><script>alert(1)</script> dans son intitulé.';
    await analyse(evil);
    const item = await screen.findByTestId('preview-item');
    expect(item.textContent).toContain('<b>gras</b><script>alert(1)</script>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('keeps the criterion the user chooses and updates the fields to correct', async () => {
    const { db, dossier } = await dossierDb();
    renderWithDb(db, <CommentsPanel />);
    await analyse('La composition du jury VAE n’est pas précisée (critère 6°).');
    const item = await screen.findByTestId('preview-item');
    const chips = () =>
      Array.from(item.querySelectorAll('[data-field]')).map((b) => b.getAttribute('data-field'));
    expect(chips()).toContain('rncp.critere6.argumentaire');
    expect(chips()).not.toContain('rncp.critere4.argumentaire');
    fireEvent.change(within(item).getByLabelText('Changer de critère'), { target: { value: '4' } });
    expect(within(item).getByText('choisi par vous')).toBeTruthy();
    expect(item.querySelector('.cm-criterion__name')?.textContent).toMatch(
      /^RNCP 4° — Procédures de contrôle/,
    );
    expect(chips()).toContain('rncp.critere4.argumentaire');
    expect(chips()).not.toContain('rncp.critere6.argumentaire');
    // The comment names the VAE jury itself: that field stays.
    expect(chips()[0]).toBe('fiche.voiesAcces.vae.compositionJury');
    fireEvent.click(screen.getByRole('button', { name: /Suivre ces remarques/ }));
    const [stored] = await eventually(async () => {
      const list = await listComments(dossier.id, db);
      expect(list).toHaveLength(1);
      return list;
    });
    expect(stored?.criterion).toBe('4');
    expect(stored?.criterionByUser).toBe(true);
    expect(stored?.fields).toContain('rncp.critere4.argumentaire');
    expect(stored?.fields).not.toContain('rncp.critere6.argumentaire');
    expect(stored?.status).toBe('a_traiter');
  });

  it('tracks the comments, persists a status change and counts what remains', async () => {
    const { db, dossier } = await dossierDb();
    renderWithDb(db, <CommentsPanel />);
    await analyse(REQUEST);
    fireEvent.click(await screen.findByRole('button', { name: 'Suivre ces remarques (3)' }));
    expect(await screen.findByText('3 remarques ajoutées au suivi.')).toBeTruthy();
    expect(await screen.findByText('3 remarques à traiter')).toBeTruthy();
    const tracked = await screen.findAllByTestId('tracked-item');
    expect(tracked).toHaveLength(3);
    fireEvent.change(within(tracked[1] as HTMLElement).getByLabelText('Statut'), {
      target: { value: 'corrige' },
    });
    await eventually(async () => {
      const list = await listComments(dossier.id, db);
      expect(list.map((c) => c.status)).toEqual(['a_traiter', 'corrige', 'a_traiter']);
    });
    expect(await screen.findByText('2 remarques à traiter')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Afficher'), { target: { value: 'corrige' } });
    expect(screen.getAllByTestId('tracked-item')).toHaveLength(1);
  });

  it('says when nothing was found, and when a huge paste was cut', async () => {
    const { db } = await dossierDb();
    renderWithDb(db, <CommentsPanel />);
    await analyse('Cordialement.');
    expect(await screen.findByText(/Aucune remarque n’a été trouvée dans ce texte/)).toBeTruthy();
    const line = 'Merci de préciser la composition du jury VAE pour chaque session organisée.\n\n';
    await analyse(line.repeat(Math.ceil(5_000_000 / line.length)));
    expect(await screen.findByText(/Texte tronqué : seuls les 100 000 premiers caractères/)).toBeTruthy();
  }, 60_000);
});
