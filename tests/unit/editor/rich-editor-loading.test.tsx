// The Tiptap editor is loaded when the first formatted-text field mounts. A field entered before it
// is there keeps the focus, says it is loading and keeps what is typed; a failed load says so.
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorModule } from '@/components/richtext/load-editor';
import { getValue, setValue } from '@/utils/dossier/paths';
import { addDossier, getDossier, saveDossier } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor } from './render';

/** The editor's module arrives when the test says so. */
const gate = vi.hoisted(() => ({
  loaded: null as EditorModule | null,
  settle: null as null | { resolve: (m: EditorModule) => void; reject: (e: unknown) => void },
  promise: null as Promise<EditorModule> | null,
}));

vi.mock('@/components/richtext/load-editor', () => ({
  loadRichEditor: () => {
    gate.promise ??= new Promise<EditorModule>((resolve, reject) => {
      gate.settle = {
        resolve: (m) => {
          gate.loaded = m;
          resolve(m);
        },
        reject,
      };
    });
    return gate.promise;
  },
  loadedRichEditor: () => gate.loaded,
}));

const PATH = 'fiche.modalitesEvaluation';
const ID = 'champ-fiche-modalitesEvaluation';

beforeEach(() => {
  gate.loaded = null;
  gate.settle = null;
  gate.promise = null;
});
afterEach(() => {
  window.location.hash = '';
});

async function open() {
  const db = freshDb();
  let d = await addDossier('RS', 'Chargement', db);
  d = await saveDossier(setValue(d, PATH, '<p>Deux épreuves.</p>'), 'import', db);
  renderEditor(`#/dossier/${d.id}/tout`, db);
  await screen.findByRole('heading', { level: 1, name: 'Chargement' });
  return { db, d };
}

const key = (el: HTMLElement, k: string) => fireEvent.keyDown(el, { key: k });

describe('a formatted-text field entered before the editor is loaded', () => {
  it('keeps the focus, says it is loading, and the editor starts with what was typed meanwhile', async () => {
    const { db, d } = await open();
    // Asked for as soon as the field appears.
    const resting = await eventually(() => {
      expect(gate.promise).not.toBeNull();
      return document.getElementById(ID) as HTMLElement;
    });
    act(() => resting.focus());
    expect(document.activeElement).toBe(resting);
    expect(resting.getAttribute('aria-busy')).toBe('true');
    for (const k of [' ', 'O', 'r', 'x', 'Backspace', 'a', 'l', 'e', '.', 'Enter', 'F', 'i', 'n'])
      key(resting, k);
    expect(resting.textContent).toContain('Deux épreuves. Orale.\nFin');

    const real = await vi.importActual<EditorModule>('@/components/richtext/RichTextEditor');
    await act(async () => gate.settle?.resolve(real));
    const area = await eventually(() => {
      const el = document.getElementById(ID);
      if (!el?.classList.contains('ProseMirror')) throw new Error('editor not mounted yet');
      return el;
    });
    expect(document.activeElement).toBe(area);
    expect(area.innerHTML).toBe('<p>Deux épreuves. Orale.</p><p>Fin</p>');
    await eventually(async () => {
      const saved = getValue((await getDossier(d.id, db))!, PATH);
      expect(saved).toBe('<p>Deux épreuves. Orale.</p><p>Fin</p>');
    });
  });

  it('says so in French when the editor cannot be loaded, on the field entered only; what was typed is kept', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { db, d } = await open();
    const resting = await eventually(() => {
      expect(gate.promise).not.toBeNull();
      return document.getElementById(ID) as HTMLElement;
    });
    act(() => resting.focus());
    for (const k of ['O', 'r', 'a', 'l', 'e', '.']) key(resting, k);
    await act(async () => gate.settle?.reject(new Error('Failed to fetch dynamically imported module')));
    const alert = await screen.findByRole('alert');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(alert.textContent).toContain('L’éditeur de texte mis en forme n’a pas pu être chargé');
    expect(alert.textContent).toContain('rechargez la page');
    const box = document.getElementById(ID) as HTMLElement;
    expect(box.getAttribute('aria-busy')).toBeNull();
    expect(box.getAttribute('aria-describedby')).toContain(alert.id);
    await eventually(async () => {
      expect(getValue((await getDossier(d.id, db))!, PATH)).toBe('<p>Deux épreuves.</p><p>Orale.</p>');
    });
    key(box, 'x'); // nothing more is taken in while there is no editor
    expect(box.textContent).toBe('Deux épreuves.Orale.');
    expect(warn).toHaveBeenCalled();
  });
});
