import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CriteriaReadiness } from '@/components/readiness/CriteriaReadiness';
import { pathHash } from '@/components/readiness/open-path';
import type { Remark } from '@/utils/readiness/remarks';
import { ON, readyRs, sample } from './fixtures';

const named = <T extends object>(d: T) => ({ ...d, name: 'Dossier d’essai' });

const remark: Remark = {
  id: 'r1',
  text: 'La composition du jury VAE n’est pas précisée.',
  criterion: '6',
  status: 'a_traiter',
  fields: ['fiche.voiesAcces.vae.compositionJury'],
};

describe('CriteriaReadiness (bars per criterion)', () => {
  it('shows one bar per criterion with its status, the summary and the rules of the filing date', () => {
    render(<CriteriaReadiness dossier={named(sample('rncp'))} remarks={[]} onOpenField={() => {}} on={ON} />);
    const bars = screen.getAllByRole('img', { name: /vérifications? sur/ });
    expect(bars).toHaveLength(12);
    expect(bars[0]?.getAttribute('aria-label')).toMatch(
      /^Recevabilité\s: 6\svérifications sur 6 satisfaites$/,
    );
    expect(screen.getByRole('status').textContent).toBe('4\u00a0critères prêts, 8\u00a0à compléter.');
    expect(document.querySelector('.rd-readiness__head')?.textContent).toMatch(/décret n° 2025-500/);
    const six = document.querySelector('[data-criterion="6"]') as HTMLElement;
    expect(six.querySelector('.rd-status')?.textContent).toBe('À compléter');
    expect(within(six).getByText(/description du dispositif de VAE/)).toBeTruthy();
    expect(within(six).getByText(/Sources\s: Code du travail, art\. R\. 6113-9, 6°/)).toBeTruthy();
  });

  it('opens the field of a finding', () => {
    const open = vi.fn();
    render(<CriteriaReadiness dossier={named(sample('rs'))} remarks={[]} onOpenField={open} on={ON} />);
    const two = document.querySelector('[data-criterion="2"]') as HTMLElement;
    fireEvent.click(within(two).getAllByRole('button', { name: 'Compétences attestées' })[0] as HTMLElement);
    expect(open).toHaveBeenCalledWith('fiche.competencesAttestees');
  });

  it('lists a tracked remark under its criterion, which is no longer « prêt » while the remark is open', () => {
    const open = vi.fn();
    const { rerender } = render(
      <CriteriaReadiness
        dossier={named(readyRs())}
        remarks={[{ ...remark, criterion: '4', fields: ['fiche.reglementationsActivites'] }]}
        onOpenField={open}
        on={ON}
      />,
    );
    const four = document.querySelector('[data-criterion="4"]') as HTMLElement;
    const remarks = within(four).getByRole('region', { name: /Remarques de l’instructeur — Critère 4°/ });
    expect(within(remarks).getByText(/composition du jury VAE/)).toBeTruthy();
    expect(within(four).getByText('À compléter')).toBeTruthy();
    fireEvent.click(within(remarks).getByRole('button', { name: /Réglementations|Références juridiques/ }));
    expect(open).toHaveBeenCalledWith('fiche.reglementationsActivites');
    rerender(
      <CriteriaReadiness
        dossier={named(readyRs())}
        remarks={[{ ...remark, criterion: '4', status: 'corrige' }]}
        onOpenField={open}
        on={ON}
      />,
    );
    expect(
      within(document.querySelector('[data-criterion="4"]') as HTMLElement).getByText('Prêt'),
    ).toBeTruthy();
  });

  it('renders a printable checklist: each check ticked or not, what to do, the sources', () => {
    render(
      <CriteriaReadiness dossier={named(sample('rs'))} remarks={[remark]} onOpenField={() => {}} on={ON} />,
    );
    const list = screen.getByRole('article', { name: 'Liste de contrôle avant dépôt' });
    expect(within(list).getByText(/Dossier d’essai/)).toBeTruthy();
    const todo = list.querySelectorAll('.rd-check--todo');
    const done = list.querySelectorAll('.rd-check--done');
    expect(todo.length).toBeGreaterThan(0);
    expect(done.length).toBeGreaterThan(todo.length);
    expect(list.textContent).toMatch(/☐ Les preuves des moyens techniques/);
    expect(list.textContent).toMatch(/Note de France compétences du 28 février 2020/);
    expect(list.textContent).toMatch(
      /Remarque de l’instructeur \(à traiter\)\s: «\sLa composition du jury VAE/,
    );
    expect(screen.getByRole('button', { name: 'Imprimer la liste de contrôle' })).toBeTruthy();
  });

  it('gives editor addresses for concrete paths and group ids', () => {
    const d = sample('rncp');
    expect(pathHash(d, 'fiche.blocs[1].libelle')).toBe(
      '#/dossier/exemple-rncp-tsrc/champ/fiche.blocs%5B1%5D.libelle',
    );
    expect(pathHash(d, 'promotions[].annee')).toBe(
      '#/dossier/exemple-rncp-tsrc/champ/promotions%5B0%5D.annee',
    );
    expect(pathHash({ ...d, groups: {} }, 'partenaires[].nom')).toBe(
      '#/dossier/exemple-rncp-tsrc/section/habilitations',
    );
  });
});
