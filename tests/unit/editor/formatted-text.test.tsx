import { act, fireEvent, screen } from '@testing-library/react';
import type { EditorState } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRichEditor } from '@/components/richtext/load-editor';
import { getValue, setValue } from '@/utils/dossier/paths';
import { addDossier, getDossier, saveDossier } from '@/utils/storage/dossier-store';
import { rememberPageLimit } from '@/utils/storage/limit-store';
import { freshDb } from '../../helpers/db';
import { eventually, renderEditor, typeRich } from './render';

afterEach(() => {
  window.location.hash = '';
});

const HTML = '<p>Trois épreuves :</p><ul><li>une épreuve pratique ;</li><li>un entretien.</li></ul>';
const PATH = 'fiche.modalitesEvaluation';
const ID = 'champ-fiche-modalitesEvaluation';

async function open(value: string) {
  const db = freshDb();
  let d = await addDossier('RS', 'Mise en forme', db);
  d = await saveDossier(setValue(d, PATH, value), 'import', db);
  renderEditor(`#/dossier/${d.id}/tout`, db);
  await screen.findByRole('heading', { level: 1, name: 'Mise en forme' });
  // The editor's module comes when the first field mounts (load-editor.ts); these tests enter a
  // field once it is there (rich-editor-loading.test.tsx enters one before).
  await act(async () => {
    await loadRichEditor();
  });
  return { db, d };
}

describe('a formatted-text field', () => {
  it('shows the formatting, and counts the text a person sees (no bullets, one line per item)', async () => {
    await open(HTML);
    const box = await eventually(() => {
      const el = document.getElementById(ID);
      expect(el?.querySelectorAll('li')).toHaveLength(2);
      return el as HTMLElement;
    });
    expect(box.getAttribute('role')).toBe('textbox');
    const shown = 'Trois épreuves :\nune épreuve pratique ;\nun entretien.';
    expect(document.getElementById(`${ID}-compteur`)?.textContent).toContain(`${shown.length}`);
  });

  it('has the focus, caret at the end, in the commit that mounts it: no key typed on entering is lost', async () => {
    await open(HTML);
    const resting = document.getElementById(ID) as HTMLElement;
    act(() => {
      resting.focus();
    });
    // No waiting: the editor replaced the resting box and holds the focus at once.
    const area = document.getElementById(ID) as HTMLElement & { editor?: { state: EditorState } };
    expect(area.classList.contains('ProseMirror')).toBe(true);
    expect(document.activeElement).toBe(area);
    const state = area.editor?.state as EditorState;
    // Nothing of the text after the caret (ProseMirror may keep it in the last paragraph or after it).
    expect(state.doc.textBetween(state.selection.to, state.doc.content.size)).toBe('');
    expect(state.selection.empty).toBe(true);
  });

  it('entered with the mouse: the browser’s own focus change is stopped, the editor keeps the focus', async () => {
    await open(HTML);
    const resting = document.getElementById(ID) as HTMLElement;
    let allowed = true;
    act(() => {
      allowed = fireEvent.mouseDown(resting);
    });
    expect(allowed).toBe(false);
    expect(document.activeElement).toBe(document.getElementById(ID));
    expect(document.activeElement?.classList.contains('ProseMirror')).toBe(true);
  });

  it('becomes an editor with a toolbar when entered, and saves canonical HTML', async () => {
    const { db, d } = await open(HTML);
    await typeRich(ID, '<p>Ajout <b style="color:red">gras</b></p>');
    expect(screen.getByRole('toolbar', { name: /Mise en forme/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Liste à puces' }).getAttribute('title')).toContain(
      'Ctrl+Maj+8',
    );
    await eventually(async () => {
      const saved = getValue((await getDossier(d.id, db))!, PATH) as string;
      expect(saved).toContain('<strong>gras</strong>');
      expect(saved).not.toContain('style');
      expect(saved).toContain('<ul><li>une épreuve pratique ;</li>');
    });
  });

  it('counts the plain rendering, and says so, when the page’s field is a plain textarea', async () => {
    const db = freshDb();
    await rememberPageLimit(
      { fieldId: PATH, limit: 60, source: 'indiquée par la page', counts: 'plain' },
      db,
    );
    let d = await addDossier('RS', 'Texte simple', db);
    d = await saveDossier(setValue(d, PATH, HTML), 'import', db);
    renderEditor(`#/dossier/${d.id}/tout`, db);
    const counter = await eventually(() => {
      const c = document.getElementById(`${ID}-compteur`);
      expect(c?.textContent).toContain('sur le texte simple');
      return c as HTMLElement;
    });
    // « Trois épreuves : » + blank line + « - une épreuve pratique ; » + « - un entretien. »
    const plain = 'Trois épreuves :\n\n- une épreuve pratique ;\n- un entretien.';
    expect(counter.textContent).toContain(`${plain.length} / 60`);
    expect(counter.textContent).toContain('puces « - »');
  });
});
