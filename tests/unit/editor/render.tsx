import { act, fireEvent, render } from '@testing-library/react';
import { EditorApp } from '@/components/editor/EditorApp';
import type { CertifillDb } from '@/utils/storage/db';
import { freshDb } from '../../helpers/db';
import { eventually } from '../../helpers/eventually';

export { eventually };

/** Renders the editor on a fresh database at the given hash. */
export function renderEditor(hash = '', db: CertifillDb = freshDb()) {
  window.location.hash = hash;
  localStorage.clear();
  sessionStorage.clear();
  const view = render(<EditorApp db={db} />);
  return { db, ...view };
}

interface TiptapDom extends HTMLElement {
  editor?: { chain(): { focus(): { insertContent(c: string): { run(): boolean } } } };
}

/**
 * Enters a formatted-text field (its resting box becomes the Tiptap editor) and inserts content
 * at the caret as typing or pasting would. happy-dom cannot type into ProseMirror, so this goes
 * through the editor's commands (Tiptap keeps the editor on its element).
 */
export async function typeRich(id: string, content: string): Promise<HTMLElement> {
  const resting = document.getElementById(id);
  if (!resting) throw new Error(`no field #${id}`);
  fireEvent.focus(resting);
  const area = await eventually(() => {
    const el = document.getElementById(id) as TiptapDom | null;
    if (!el?.editor) throw new Error('editor not mounted yet');
    return el;
  });
  act(() => {
    area.editor?.chain().focus().insertContent(content).run();
  });
  return area;
}
