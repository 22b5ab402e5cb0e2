// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findAddControl } from '@/entrypoints/certifpro.content/fill/add-control';
import { createItem } from '@/entrypoints/certifpro.content/fill/create-items';
import { groupLayouts } from '@/entrypoints/certifpro.content/fill/group-layout';
import { applyPlan, undoLast } from '@/entrypoints/certifpro.content/fill/prefill-session';
import { readState } from '@/entrypoints/certifpro.content/fill/read-state';
import { planPage } from '@/utils/fill/plan';
import { fakeLayout } from '../../helpers/layout';
import { dossier } from '../fill/helpers';
import { groupPage } from './page-group';

vi.mock('@/entrypoints/certifpro.content/fill/files', () => ({ attachmentFiles: async () => [] }));

const D = dossier({
  'fiche.intitule': 'Technicien supérieur en réseaux',
  'fiche.blocs[0].code': 'RNCP31115BC01',
  'fiche.blocs[0].libelle': 'Administrer le réseau',
  'fiche.blocs[1].code': 'RNCP31115BC02',
  'fiche.blocs[1].libelle': 'Exploiter les serveurs',
  'fiche.blocs[2].code': 'RNCP31115BC03',
  'fiche.blocs[2].libelle': 'Assister les utilisateurs',
});

const values = () =>
  [...document.querySelectorAll<HTMLInputElement>('[data-path]')].map((i) => [i.dataset.path, i.value]);

async function fillPage(page: ReturnType<typeof groupPage>) {
  const fields = page.rescan();
  const states = await Promise.all(fields.map((f) => readState(f)));
  return applyPlan(fields, states, planPage(states, D), new Set(), D, {
    rescan: page.rescan,
    itemTimeoutMs: 2000,
  });
}

beforeEach(() => fakeLayout());

describe('the group’s own add control', () => {
  it('is found in the group’s box, never elsewhere on the page', () => {
    const page = groupPage();
    const layout = groupLayouts(page.rescan()).get('fiche.blocs');
    expect(layout && findAddControl(layout)?.textContent).toBe('Ajouter un bloc');
    // Without one, « Ajouter un document », « Enregistrer » and « Déposer la demande » elsewhere are not it.
    const bare = groupPage({ addButton: '' });
    const none = groupLayouts(bare.rescan()).get('fiche.blocs');
    expect(none && findAddControl(none)).toBeNull();
  });

  it('is never a submit button, even one that says « Ajouter »', () => {
    const page = groupPage({ addButton: '<button type="submit" class="add">Ajouter un bloc</button>' });
    const layout = groupLayouts(page.rescan()).get('fiche.blocs');
    expect(layout && findAddControl(layout)).toBeNull();
  });
});

describe('creating an item', () => {
  it('presses the add control once and waits for the late item', async () => {
    const page = groupPage({ delayMs: 80 });
    const made = await createItem('fiche.blocs', 1, { rescan: page.rescan, itemTimeoutMs: 2000 });
    expect(made.ok).toBe(true);
    expect(made.ok && made.fields.map((f) => f.path)).toEqual([
      'fiche.blocs[1].code',
      'fiche.blocs[1].libelle',
    ]);
    expect(page.pressed).toEqual(['Ajouter un bloc']);
  });

  it('stops a plain <button> that would submit the form, and says so', async () => {
    const page = groupPage({ addButton: '<button class="add">Ajouter un bloc</button>' });
    const made = await createItem('fiche.blocs', 1, { rescan: page.rescan, itemTimeoutMs: 300 });
    expect(made.ok).toBe(false);
    expect(!made.ok && made.reason).toContain('voulait envoyer le formulaire');
    expect(page.submitted).toBe(0);
  });

  it('gives up within its bound when nothing appears', async () => {
    const page = groupPage({ delayMs: 5000 });
    const made = await createItem('fiche.blocs', 1, { rescan: page.rescan, itemTimeoutMs: 200 });
    expect(!made.ok && made.reason).toContain('aucun nouvel élément n’est apparu');
  });
});

describe('pre-fill with creations, then « Annuler »', () => {
  it('creates blocs 2–3 in order, fills them, and undo removes them through their « Supprimer »', async () => {
    const page = groupPage();
    const before = values();
    const report = await fillPage(page);
    expect(report.created.map((c) => c.label)).toEqual(['Bloc 2', 'Bloc 3']);
    expect(report.notCreated).toEqual([]);
    expect(report.filled).toHaveLength(7);
    expect(values()).toContainEqual(['fiche.blocs[2].libelle', 'Assister les utilisateurs']);
    expect(page.pressed).toEqual(['Ajouter un bloc', 'Ajouter un bloc']);

    const undo = await undoLast(new Set(), { rescan: page.rescan, itemTimeoutMs: 2000 });
    expect(undo.removed.map((r) => r.label)).toEqual(['Bloc 3', 'Bloc 2']);
    expect(undo.restored).toBe(3);
    expect(undo.left).toEqual([]);
    expect(values()).toEqual(before);
    expect(page.pressed.slice(2)).toEqual(['Supprimer', 'Supprimer']);
    expect(page.submitted).toBe(0);
  });

  it('presses « Ajouter » again only once the previous bloc is on the page, and fills each in its own', async () => {
    const page = groupPage({ delayMs: 60 });
    const report = await fillPage(page);
    expect(page.events).toEqual(['add pressed', 'bloc 2 added', 'add pressed', 'bloc 3 added']);
    expect(report.created.map((c) => c.detail)).toEqual([
      'créé avec «\u00a0Ajouter un bloc\u00a0», 2\u00a0champs remplis',
      'créé avec «\u00a0Ajouter un bloc\u00a0», 2\u00a0champs remplis',
    ]);
    expect(values()).toEqual([
      ['fiche.intitule', 'Technicien supérieur en réseaux'],
      ['fiche.blocs[0].code', 'RNCP31115BC01'],
      ['fiche.blocs[0].libelle', 'Administrer le réseau'],
      ['fiche.blocs[1].code', 'RNCP31115BC02'],
      ['fiche.blocs[1].libelle', 'Exploiter les serveurs'],
      ['fiche.blocs[2].code', 'RNCP31115BC03'],
      ['fiche.blocs[2].libelle', 'Assister les utilisateurs'],
      ['fiche.secteursActivite', ''],
    ]);
  });

  it('keeps a created item someone typed in since, and lists one without a remove control', async () => {
    const page = groupPage({ removable: false });
    await fillPage(page);
    const typed = document.querySelector<HTMLInputElement>('[data-path="fiche.blocs[1].libelle"]');
    if (typed) typed.value = 'Corrigé à la main';
    const undo = await undoLast(new Set(), { rescan: page.rescan, itemTimeoutMs: 500 });
    expect(undo.removed).toEqual([]);
    expect(undo.left.map((l) => [l.label, l.detail])).toEqual([
      ['Bloc 3', 'pas de bouton «\u00a0Supprimer\u00a0» dans l’élément\u00a0: supprimez-le sur la page'],
      ['Bloc 2', 'gardé : un de ses champs a été modifié depuis le pré-remplissage'],
    ]);
    expect(typed?.value).toBe('Corrigé à la main');
    expect(undo.message).toContain('2 éléments créés restés sur la page');
  });

  it('says which group and how many items remain when the page has no add control', async () => {
    const page = groupPage({ addButton: '' });
    const report = await fillPage(page);
    expect(report.created).toEqual([]);
    expect(report.notCreated).toHaveLength(1);
    expect(report.notCreated[0]?.label).toBe('Blocs de compétences');
    expect(report.notCreated[0]?.detail).toMatch(/^2\u00a0blocs à ajouter à la main \(Bloc 2 à Bloc 3\)/);
    expect(page.pressed).toEqual([]);
  });
});
