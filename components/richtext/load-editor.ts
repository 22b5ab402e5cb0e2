/**
 * The Tiptap editor's module, loaded once for the page: requested when the first formatted-text
 * field appears (RichTextInput), so that screens without one (the dossier list, the fiche picker)
 * never load ProseMirror, and a field entered a moment later usually finds it there.
 */
export type EditorModule = typeof import('./RichTextEditor');

let loading: Promise<EditorModule> | null = null;
let loaded: EditorModule | null = null;

export function loadRichEditor(): Promise<EditorModule> {
  loading ??= import('./RichTextEditor').then(
    (m) => {
      loaded = m;
      return m;
    },
    (e: unknown) => {
      loading = null; // a later field tries again
      throw e;
    },
  );
  return loading;
}

/** The module if it is already there (a field mounted after the first renders the editor at once). */
export const loadedRichEditor = (): EditorModule | null => loaded;
