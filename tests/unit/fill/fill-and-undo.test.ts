// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RESTORE_UNCONFIRMED } from '@/entrypoints/certifpro.content/fill/editor-client';
import { setNativeValue } from '@/entrypoints/certifpro.content/fill/native-value';
import { applyPlan, previewUndo, undoLast } from '@/entrypoints/certifpro.content/fill/prefill-session';
import { readState } from '@/entrypoints/certifpro.content/fill/read-state';
import { planPage } from '@/utils/fill/plan';
import type { RecognisedField } from '@/utils/matching/types';
import { fakeLayout } from '../../helpers/layout';
import { fakeBridge } from './fake-bridge';
import { field, html } from './field';
import { dossier } from './helpers';

const bridge = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('@/entrypoints/certifpro.content/fill/bridge-connection', () => ({
  editorBridge: async () => bridge.current,
}));
vi.mock('@/entrypoints/certifpro.content/fill/files', () => ({ attachmentFiles: async () => [] }));

const D = dossier({
  'fiche.intitule': 'Technicien supérieur en réseaux',
  'fiche.secteursActivite': 'Informatique et réseaux',
  'demande.niveauSouhaite': 'NIV5',
  'fiche.codesRome': ['M1805', 'H1102'],
  'fiche.accessiblePolynesie': 'Oui',
  'fiche.objectifsContexte': '<p>Former des techniciens.</p><p>Deuxième paragraphe.</p>',
});

/** A small form of every kind of control, each recognised as the scanner would. */
function form(): RecognisedField[] {
  const box = html(`<form>
    <input id="intitule" type="text">
    <textarea id="secteurs"></textarea>
    <select id="niveau"><option value="">—</option><option value="NIV5">Niveau 5</option><option value="NIV6">Niveau 6</option></select>
    <select id="rome" multiple><option value="M1805">M1805</option><option value="H1102">H1102</option><option value="K2111">K2111</option></select>
    <fieldset><input type="radio" name="poly" id="p1" value="Oui"><input type="radio" name="poly" id="p2" value="Non"></fieldset>
    <div id="objectifs" contenteditable="true"><p><br></p></div>
  </form>`);
  const $ = <T extends HTMLElement>(sel: string) => box.querySelector(sel) as T;
  const radios = [$<HTMLInputElement>('#p1'), $<HTMLInputElement>('#p2')];
  return [
    field($('#intitule'), { path: 'fiche.intitule', fieldId: 'fiche.intitule' }),
    field($('#secteurs'), { path: 'fiche.secteursActivite', fieldId: 'fiche.secteursActivite' }),
    field($('#niveau'), { path: 'demande.niveauSouhaite', fieldId: 'demande.niveauSouhaite' }),
    field($('#rome'), { path: 'fiche.codesRome', fieldId: 'fiche.codesRome' }),
    field(radios[0] as HTMLElement, {
      path: 'fiche.accessiblePolynesie',
      fieldId: 'fiche.accessiblePolynesie',
      control: 'radio',
      radios,
    }),
    field($('#objectifs'), { path: 'fiche.objectifsContexte', fieldId: 'fiche.objectifsContexte' }),
  ];
}

/** Everything a person could see of the form, to compare before and after. */
const picture = () =>
  [...document.querySelectorAll('input, textarea, select, [contenteditable]')].map((el) => {
    if (el instanceof HTMLInputElement) return el.type === 'radio' ? el.checked : el.value;
    if (el instanceof HTMLSelectElement) return [...el.options].map((o) => o.selected).join(',');
    if (el instanceof HTMLTextAreaElement) return el.value;
    return el.innerHTML;
  });

async function fill(fields: RecognisedField[]) {
  const states = [];
  for (const f of fields) states.push(await readState(f));
  return applyPlan(fields, states, planPage(states, D), new Set(), D);
}

beforeEach(() => {
  document.body.innerHTML = '';
  fakeLayout();
  bridge.current = fakeBridge();
});

describe('fill then undo, several fields together', () => {
  it('every control back as it was, as many restored as filled', async () => {
    const fields = form();
    const before = picture();
    const report = await fill(fields);
    expect(report.failed).toEqual([]);
    expect(report.filled).toHaveLength(6);
    expect(picture()).not.toEqual(before);
    expect((document.querySelector('#intitule') as HTMLInputElement).value).toBe(
      'Technicien supérieur en réseaux',
    );
    expect(document.querySelector('#objectifs')?.innerHTML).toContain('Former des techniciens.');

    expect(await previewUndo()).toEqual({ total: 6, changed: [] });
    const undo = await undoLast();
    expect(undo.failed).toEqual([]);
    expect(undo.kept).toEqual([]);
    expect(undo.restored).toBe(report.filled.length);
    expect(picture()).toEqual(before);
    expect(undo.message).toBe(
      'Pré-remplissage annulé : 6 champs rétablis dans l’état d’avant le pré-remplissage.',
    );
    expect((await undoLast()).message).toBe('Rien à annuler : aucun pré-remplissage sur cette page.');
  });

  it('a field the person changed after the fill is listed and kept, unless ticked', async () => {
    const fields = form();
    await fill(fields);
    const intitule = document.querySelector('#intitule') as HTMLInputElement;
    setNativeValue(intitule, 'Corrigé par la personne');
    const preview = await previewUndo();
    expect(preview.total).toBe(6);
    expect(preview.changed).toEqual([
      expect.objectContaining({ path: 'fiche.intitule', detail: 'Corrigé par la personne' }),
    ]);
    const undo = await undoLast();
    expect(intitule.value).toBe('Corrigé par la personne');
    expect(undo.restored).toBe(5);
    expect(undo.kept).toEqual([expect.objectContaining({ path: 'fiche.intitule' })]);
    expect(undo.message).toBe(
      'Pré-remplissage annulé : 5 champs rétablis dans l’état d’avant le pré-remplissage, 1 champ modifié depuis le pré-remplissage laissé tel quel.',
    );
    expect((document.querySelector('#secteurs') as HTMLTextAreaElement).value).toBe('');

    // Ticked: put back all the same (the person's value differs from the dossier: the new fill leaves it).
    setNativeValue(intitule, '');
    await fill(fields);
    setNativeValue(intitule, 'Encore corrigé');
    const key = (await previewUndo()).changed[0]?.key ?? '';
    const ticked = await undoLast(new Set([key]));
    expect(ticked.restored).toBe(6);
    expect(ticked.kept).toEqual([]);
    expect(intitule.value).toBe('');
  });

  it('a rich-text editor typed into after the fill keeps the typing', async () => {
    const fields = form();
    await fill(fields);
    const editor = document.querySelector('#objectifs') as HTMLElement;
    editor.innerHTML = '<p>Former des techniciens, puis la personne a précisé.</p>';
    const undo = await undoLast();
    expect(undo.kept.map((l) => l.path)).toEqual(['fiche.objectifsContexte']);
    expect(editor.innerHTML).toBe('<p>Former des techniciens, puis la personne a précisé.</p>');
  });

  it('a slow editor bridge: the restore is reported as failed and the editor is left untouched', async () => {
    const fields = form();
    const report = await fill(fields);
    expect(report.filled).toHaveLength(6);
    const editor = document.querySelector('#objectifs') as HTMLElement;
    const filled = editor.innerHTML;
    bridge.current = fakeBridge(new Set(['restore']));
    const undo = await undoLast();
    expect(undo.failed).toEqual([
      expect.objectContaining({ path: 'fiche.objectifsContexte', detail: RESTORE_UNCONFIRMED }),
    ]);
    expect(editor.innerHTML).toBe(filled);
    expect(undo.restored).toBe(5);
    expect(undo.message).toBe(
      'Pré-remplissage annulé en partie : 5 champs rétablis dans l’état d’avant le pré-remplissage, 1 champ non rétabli (voir ci-dessous).',
    );
  });

  it('an editor that does not answer before the fill is not written (its undo could not be done)', async () => {
    bridge.current = fakeBridge(new Set(['snapshot']));
    const fields = form();
    const report = await fill(fields);
    expect(report.failed).toEqual([expect.objectContaining({ path: 'fiche.objectifsContexte' })]);
    expect(document.querySelector('#objectifs')?.innerHTML).toBe('<p><br></p>');
    expect((await undoLast()).restored).toBe(5);
  });

  it('a control hidden since the preview is not written, and says why', async () => {
    const fields = form();
    const states = [];
    for (const f of fields) states.push(await readState(f));
    (document.querySelector('form') as HTMLElement).style.display = 'none';
    const report = await applyPlan(fields, states, planPage(states, D), new Set(), D);
    expect(report.filled).toEqual([]);
    expect(report.skipped.filter((l) => l.detail.startsWith('invisible — non rempli'))).toHaveLength(6);
    expect((document.querySelector('#intitule') as HTMLInputElement).value).toBe('');
  });
});
