import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDossier } from '@/utils/storage/dossier-store';
import { rememberPageLimit } from '@/utils/storage/limit-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

describe('character counters', () => {
  it('counts characters, shows a limit remembered from the page with its source, and flags the excess', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Limites', db);
    await rememberPageLimit({ fieldId: 'fiche.intitule', limit: 10, source: 'compteur « 0 / 10 »' }, db);
    renderEditor(`#/dossier/${d.id}/tout`, db);
    await screen.findByRole('heading', { level: 1, name: 'Limites' });
    const counter = await eventually(() => {
      const c = document.getElementById('champ-fiche-intitule-compteur')!;
      expect(c.textContent).toContain('0 / 10 · limite relevée sur la page');
      return c;
    });
    expect(counter.textContent).toContain(
      '(limite de 10 caractères, relevée précédemment sur la page (compteur « 0 / 10 »))',
    );
    expect(document.getElementById('champ-fiche-objectifsContexte-compteur')?.textContent).toBe(
      '0 caractère',
    );

    const input = document.getElementById('champ-fiche-intitule') as HTMLInputElement;
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Technicien 👩‍💻' } });
    expect(counter.textContent).toContain('12 / 10');
    expect(counter.className).toContain('cf-counter--error');
    fireEvent.blur(input);
    expect(await screen.findByText(/2 caractères en trop \(limite : 10/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('marks required fields, and states conditional rules', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Règles', db);
    renderEditor(`#/dossier/${d.id}/tout`, db);
    await screen.findByRole('heading', { level: 1, name: 'Règles' });
    expect(screen.getByLabelText(/^Intitulé de la certification \* \(obligatoire\)$/)).toBeTruthy();
    const jury = document.getElementById('champ-fiche-voiesAcces-vae-compositionJury')!;
    expect(jury.getAttribute('aria-required')).toBeNull();
    expect(document.getElementById(jury.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe(
      'Obligatoire si cette voie d’accès est ouverte.',
    );
    fireEvent.change(document.getElementById('champ-fiche-voiesAcces-vae-autorise')!, {
      target: { value: 'Autorisé' },
    });
    await eventually(() => expect(jury.getAttribute('aria-required')).toBe('true'));
  });
});
