import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FieldProblems } from '@/components/editor/FieldProblems';
import { ReadinessReport } from '@/components/editor/ReadinessReport';
import { problemLabel, readiness } from '@/components/editor/readiness';
import { setValue } from '@/utils/dossier/paths';
import { completeDossier, TODAY } from './complete-dossier';

describe('ReadinessReport « Prêt à déposer ? »', () => {
  it('says yes for a complete dossier', () => {
    render(<ReadinessReport dossier={completeDossier('RNCP')} onOpenField={() => {}} today={TODAY} />);
    expect(screen.getByRole('heading', { name: 'Prêt à déposer ?' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Oui : aucun élément bloquant.');
  });

  it('lists errors and missing items by section, each opening its field', () => {
    let d = completeDossier('RNCP');
    d = setValue(d, 'fiche.intitule', '');
    d = setValue(d, 'compte.siret', '73282932000075');
    d = setValue(d, 'fiche.blocs[0].modalitesEvaluation', '');
    const open = vi.fn();
    render(<ReadinessReport dossier={d} onOpenField={open} today={TODAY} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Pas encore : 3 éléments bloquants (2 éléments obligatoires manquants, 1 erreur).',
    );
    const sections = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sections).toEqual(['Compte de l’entité (1)', 'Fiche / descriptif de la certification (2)']);
    const compte = screen.getByRole('region', { name: /Compte de l’entité/ });
    expect(within(compte).getByRole('listitem').textContent).toBe(
      'SIRET : La clé de contrôle du SIRET est incorrecte : vérifiez les chiffres saisis.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Bloc 1 — Modalités d’évaluation (du bloc)' }));
    expect(open).toHaveBeenCalledWith('fiche.blocs[0].modalitesEvaluation');
    fireEvent.click(screen.getByRole('button', { name: 'SIRET' }));
    expect(open).toHaveBeenLastCalledWith('compte.siret');
  });

  it('folds warnings apart from blocking items', () => {
    const d = { ...completeDossier('RS'), previousCode: 'RS1234' };
    render(<ReadinessReport dossier={d} onOpenField={() => {}} today={TODAY} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Oui : aucun élément bloquant, 1 point à vérifier ci-dessous.',
    );
    expect(screen.getByText('1 point à vérifier (non bloquants)')).toBeTruthy();
  });

  it('uses the remembered page limits', () => {
    const d = setValue(completeDossier('RS'), 'fiche.intitule', 'x'.repeat(12));
    const sections = readiness(d, { today: TODAY, limits: { 'fiche.intitule': 10 } });
    expect(sections.flatMap((s) => s.blocking.map((p) => p.message))).toEqual([
      '2 caractères en trop (limite : 10, relevée précédemment sur la page)',
    ]);
  });

  it('labels group items with their number', () => {
    expect(problemLabel({ fieldId: 'promotions[].annee', path: 'promotions[2].annee' })).toBe(
      'Promotion 3 — Année de la promotion',
    );
    expect(problemLabel({ fieldId: 'fiche.intitule', path: 'fiche.intitule' })).toBe(
      'Intitulé de la certification',
    );
  });
});

describe('FieldProblems', () => {
  it('renders nothing without problems', () => {
    const { container } = render(<FieldProblems problems={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('renders each message with a non-colour cue', () => {
    render(
      <FieldProblems
        id="p1"
        problems={[
          {
            path: 'compte.siret',
            fieldId: 'compte.siret',
            severity: 'error',
            code: 'siret-key',
            message: 'La clé est fausse.',
          },
          {
            path: 'compte.siret',
            fieldId: 'compte.siret',
            severity: 'warning',
            code: 'siret-spaces',
            message: 'Sans espaces.',
          },
        ]}
      />,
    );
    const box = document.getElementById('p1');
    expect([...(box?.querySelectorAll('p') ?? [])].map((p) => [p.className, p.textContent])).toEqual([
      ['cf-message cf-message--error', 'Erreur : La clé est fausse.'],
      ['cf-message cf-message--warning', 'Attention : Sans espaces.'],
    ]);
  });
});
