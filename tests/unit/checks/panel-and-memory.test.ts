// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startChecks } from '@/entrypoints/certifpro.content/checks/controller';
import { createLimitMemory } from '@/entrypoints/certifpro.content/checks/limit-memory';
import { fakeSource, nextFrame, recognised } from './fields';

let abort = new AbortController();
afterEach(() => abort.abort());

describe('summary panel', () => {
  it('opens on request, lists the problems and jumps to a field', async () => {
    abort = new AbortController();
    document.body.innerHTML = '<input id="a"><input id="b">';
    const a = document.querySelector<HTMLInputElement>('#a') as HTMLInputElement;
    const b = document.querySelector<HTMLInputElement>('#b') as HTMLInputElement;
    const ctl = startChecks(
      fakeSource([recognised(a, { fieldId: 'fiche.intitule', path: 'fiche.intitule', label: 'Intitulé' })]),
      { signal: abort.signal },
    );
    await nextFrame();
    b.focus();
    const toggle = ctl.overlay.panel.querySelector<HTMLButtonElement>('.toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(b); // mounting never took the focus
    toggle?.click();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const details = ctl.overlay.panel.querySelector<HTMLElement>('.details');
    expect(details?.hidden).toBe(false);
    expect(details?.querySelector('.stats')?.textContent).toBe(
      '1 champ reconnu · 0 à vérifier · 0 erreur · 1 à compléter',
    );
    expect(details?.querySelector('li')?.textContent).toContain('À compléter : Ce champ est obligatoire.');
    details?.querySelector<HTMLButtonElement>('.jump')?.click();
    expect(document.activeElement).toBe(a);
  });
});

describe('page limits are remembered through the background', () => {
  it('sends each recognised limit once, and nothing for undecided fields', async () => {
    document.body.innerHTML = '<input id="a"><input id="b">';
    const send = vi.fn(async () => undefined);
    const remember = createLimitMemory(send);
    const a = recognised(document.querySelector('#a') as HTMLElement, {
      fieldId: 'fiche.intitule',
      pageLimit: { limit: 250, source: 'maxlength' },
    });
    const b = recognised(document.querySelector('#b') as HTMLElement, {
      fieldId: 'fiche.typesEmplois',
      decision: 'a_verifier',
      pageLimit: { limit: 100, source: 'maxlength' },
    });
    remember([a, b]);
    remember([a, b]);
    expect(send).toHaveBeenCalledTimes(1);
    // An input counts its plain text; a rich-text editor's limit would count the text it shows.
    expect(send).toHaveBeenCalledWith([
      { fieldId: 'fiche.intitule', limit: 250, source: 'maxlength', counts: 'plain' },
    ]);
    remember([{ ...a, pageLimit: { limit: 200, source: '200 caractères maximum' } }]);
    expect(send).toHaveBeenLastCalledWith([
      { fieldId: 'fiche.intitule', limit: 200, source: '200 caractères maximum', counts: 'plain' },
    ]);
    remember([{ ...a, control: 'richtext', fieldId: 'fiche.activitesVisees' }]);
    expect(send).toHaveBeenLastCalledWith([
      { fieldId: 'fiche.activitesVisees', limit: 250, source: 'maxlength', counts: 'visible' },
    ]);
  });

  it('uses a remembered limit when it is stricter than the page’s', async () => {
    abort = new AbortController();
    document.body.innerHTML = '<input id="a">';
    const a = document.querySelector('#a') as HTMLInputElement;
    const ctl = startChecks(
      fakeSource([
        recognised(a, {
          fieldId: 'fiche.intitule',
          path: 'fiche.intitule',
          pageLimit: { limit: 300, source: '' },
        }),
      ]),
      { signal: abort.signal },
    );
    await nextFrame();
    ctl.setRemembered(new Map([['fiche.intitule', 250]]));
    await nextFrame();
    expect(ctl.overlay.layer.querySelector('.badge .count')?.textContent).toBe('0 / 250');
  });
});
