import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setValue } from '@/utils/dossier/paths';
import { addDossier, saveDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
  });
const shownSections = () => [...document.querySelectorAll('section.cf-section')].map((s) => s.id);

async function open(hash = '') {
  const db = freshDb();
  const d = await addDossier('RNCP', 'Guidé', db);
  renderEditor(`#/dossier/${d.id}${hash}`, db);
  await screen.findByRole('heading', { level: 1, name: 'Guidé' });
  return { db, d };
}

describe('the editor, one section at a time', () => {
  it('shows the first section alone, marked in the navigation, with what to fill next and the next section', async () => {
    const { d } = await open();
    expect(shownSections()).toEqual(['section-compte']);
    const nav = screen.getByRole('navigation', { name: 'Sections du dossier' });
    expect(
      within(nav)
        .getByRole('link', { name: /Compte de l’entité/ })
        .getAttribute('aria-current'),
    ).toBe('step');
    const next = document.querySelector('[data-next-step]') as HTMLElement;
    expect(next.dataset.nextStep).toBe('field');
    expect(next.textContent).toMatch(/^À faire ensuiteRemplir «\u00a0.+\u00a0»\. Aller au champ$/);
    const pager = screen.getByRole('navigation', { name: 'Sections précédente et suivante' });
    const following = within(pager).getByRole('link', { name: /Section suivante/ });
    expect(following.getAttribute('href')).toBe(`#/dossier/${d.id}/section/demande`);
  });

  it('goes to the section the address names, and to the section of a linked field', async () => {
    const { d } = await open();
    go(`#/dossier/${d.id}/section/pieces`);
    await eventually(() => expect(shownSections()).toEqual(['section-pieces']));
    expect(document.getElementById('champ-fiche-intitule')).toBeNull();
    go(`#/dossier/${d.id}/champ/fiche.blocs%5B0%5D.libelle`);
    await eventually(() => expect(shownSections()).toEqual(['section-fiche']));
    await eventually(() => expect(document.activeElement?.id).toBe('champ-fiche-blocs-0-libelle'));
    // Back on the tab without a section: the last one shown.
    go(`#/dossier/${d.id}`);
    await eventually(() => expect(shownSections()).toEqual(['section-fiche']));
  });

  it('shows every section on one page on request', async () => {
    const { d } = await open();
    go(`#/dossier/${d.id}/tout`);
    await eventually(() => expect(shownSections().length).toBeGreaterThan(5));
    expect(document.querySelector('[data-next-step]')).toBeNull();
  });

  it('once a section is complete, points to the next one to complete', async () => {
    const db = freshDb();
    let d = await addDossier('RNCP', 'Guidé', db);
    d = await saveDossier(setValue(d, 'demande.niveauSouhaite', 'NIV5'), 'import', db);
    renderEditor(`#/dossier/${d.id}/section/demande`, db);
    await screen.findByRole('heading', { level: 1, name: 'Guidé' });
    const next = await eventually(() => {
      const el = document.querySelector('[data-next-step]') as HTMLElement;
      expect(el.dataset.nextStep).not.toBe('field');
      return el;
    });
    expect(next.dataset.nextStep).toBe('section');
    expect(next.textContent).toContain('Cette section est complète.');
  });

  it('folds a repeated item to its legend and unfolds it', async () => {
    await open('/section/fiche');
    const fold = await screen.findByRole('button', { name: 'Replier le bloc 1' });
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('champ-fiche-blocs-0-libelle')).not.toBeNull();
    fireEvent.click(fold);
    expect(document.getElementById('champ-fiche-blocs-0-libelle')).toBeNull();
    const unfold = screen.getByRole('button', { name: 'Déplier le bloc 1' });
    expect(unfold.getAttribute('aria-expanded')).toBe('false');
    expect(unfold.closest('legend')?.textContent).toContain('0 champ rempli sur');
    fireEvent.click(unfold);
    expect(document.getElementById('champ-fiche-blocs-0-libelle')).not.toBeNull();
  });
});
