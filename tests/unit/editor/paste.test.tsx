import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDossier, getDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

afterEach(() => {
  window.location.hash = '';
});

/** A paste event carrying `text`, as the browser sends it. */
function paste(el: HTMLElement, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & {
    clipboardData: { getData: (t: string) => string };
  };
  event.clipboardData = { getData: (t: string) => (t === 'text' || t === 'text/plain' ? text : '') };
  el.dispatchEvent(event);
  return event;
}

describe('normalisation on paste in the editor', () => {
  it('a SIRET pasted from a Kbis is cleaned, said so, and valid', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Collage', db);
    renderEditor(`#/dossier/${d.id}/tout`, db);
    await screen.findByRole('heading', { level: 1, name: 'Collage' });
    const siret = document.getElementById('champ-compte-siret') as HTMLInputElement;
    siret.focus();
    const event = paste(siret, '732 829 320 00074');
    expect(event.defaultPrevented).toBe(true);
    await eventually(() => expect(siret.value).toBe('73282932000074'));
    expect(document.getElementById('champ-compte-siret-collage')?.textContent).toBe(
      'SIRET collé sans ses espaces ni séparateurs.',
    );
    expect(siret.getAttribute('aria-describedby')).toContain('champ-compte-siret-collage');
    fireEvent.blur(siret);
    expect(siret.getAttribute('aria-invalid')).toBeNull();
    await eventually(async () =>
      expect((await getDossier(d.id, db))?.values['compte.siret']).toBe('73282932000074'),
    );
    // Typing afterwards clears the note.
    fireEvent.change(siret, { target: { value: '7328293200007' } });
    expect(document.getElementById('champ-compte-siret-collage')).toBeNull();
  });

  it('free text is pasted as it is; codes copied with their labels become codes', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Codes', db);
    renderEditor(`#/dossier/${d.id}/tout`, db);
    await screen.findByRole('heading', { level: 1, name: 'Codes' });
    const intitule = document.getElementById('champ-fiche-intitule') as HTMLInputElement;
    expect(paste(intitule, '732 829 320 00074').defaultPrevented).toBe(false);

    const rome = document.getElementById('champ-fiche-codesRome') as HTMLInputElement;
    rome.focus();
    paste(rome, 'M1805 - Études et développement informatique\nH1206 - Management et ingénierie études');
    const list = await screen.findByRole('list', { name: /codes saisis/ });
    expect([...list.querySelectorAll('.cf-tag > span:first-child')].map((s) => s.textContent)).toEqual([
      'M1805',
      'H1206',
    ]);
    expect(document.getElementById('champ-fiche-codesRome-collage')?.textContent).toBe(
      '2 codes ROME lus dans le texte collé.',
    );
  });

  it('a first request’s bloc: the provisional code explained, offered, and accepted', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Blocs', db);
    renderEditor(`#/dossier/${d.id}/tout`, db);
    await screen.findByRole('heading', { level: 1, name: 'Blocs' });
    const hint = await eventually(() => {
      const h = document.getElementById('champ-fiche-blocs-0-code-provisoire');
      expect(h).not.toBeNull();
      return h as HTMLElement;
    });
    expect(hint.textContent).toContain('Première demande : la fiche n’a pas encore de numéro.');
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser BC01' }));
    const code = document.getElementById('champ-fiche-blocs-0-code') as HTMLInputElement;
    await eventually(() => expect(code.value).toBe('BC01'));
    fireEvent.blur(code);
    expect(code.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Utiliser BC01' })).toBeNull();
    await eventually(async () =>
      expect((await getDossier(d.id, db))?.groups['fiche.blocs']?.[0]?.code).toBe('BC01'),
    );
  });
});
