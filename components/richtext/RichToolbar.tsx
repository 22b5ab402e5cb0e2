import { type Editor, useEditorState } from '@tiptap/react';
import { safeHref } from '@/utils/richtext/model';

interface Props {
  editor: Editor;
  label: string;
  links: boolean;
}

interface Tool {
  name: string;
  keys: string;
  mark: string;
  active: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const TOOLS: Tool[] = [
  {
    name: 'Gras',
    keys: 'Ctrl+B',
    mark: 'G',
    active: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    name: 'Italique',
    keys: 'Ctrl+I',
    mark: 'I',
    active: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    name: 'Souligné',
    keys: 'Ctrl+U',
    mark: 'S',
    active: (e) => e.isActive('underline'),
    run: (e) => e.chain().focus().toggleUnderline().run(),
  },
  {
    name: 'Liste à puces',
    keys: 'Ctrl+Maj+8',
    mark: '•',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    name: 'Liste numérotée',
    keys: 'Ctrl+Maj+7',
    mark: '1.',
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/** Buttons for what the dossier keeps, each with its shortcut; pressed when the selection has it. */
export function RichToolbar({ editor, label, links }: Props) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      active: TOOLS.map((t) => t.active(e)),
      link: e.isActive('link'),
      inList: e.isActive('listItem'),
    }),
  });
  const setLink = () => {
    const current = (editor.getAttributes('link').href as string | undefined) ?? 'https://';
    const answer = window.prompt(
      'Adresse du lien (https://… ou mailto:…) ; vide pour retirer le lien :',
      current,
    );
    if (answer === null) return;
    const href = safeHref(answer);
    if (answer.trim() === '' || !href) editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  };
  return (
    <div className="cf-rich__toolbar" role="toolbar" aria-label={`Mise en forme : ${label}`}>
      {TOOLS.map((t, i) => (
        <button
          key={t.name}
          type="button"
          className={`cf-rich__tool cf-rich__tool--${i}`}
          aria-pressed={state.active[i]}
          title={`${t.name} (${t.keys})`}
          aria-label={t.name}
          aria-keyshortcuts={t.keys.replace('Maj', 'Shift').replace('Ctrl', 'Control')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => t.run(editor)}
        >
          {t.mark}
        </button>
      ))}
      <button
        type="button"
        className="cf-rich__tool"
        title="Retrait de l’élément de liste (Tab ; Maj+Tab pour le réduire)"
        aria-label="Augmenter le retrait"
        disabled={!state.inList}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.chain().focus().sinkListItem('listItem').run()}
      >
        →
      </button>
      <button
        type="button"
        className="cf-rich__tool"
        title="Réduire le retrait (Maj+Tab)"
        aria-label="Réduire le retrait"
        disabled={!state.inList}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.chain().focus().liftListItem('listItem').run()}
      >
        ←
      </button>
      {links && (
        <button
          type="button"
          className="cf-rich__tool"
          aria-pressed={state.link}
          title="Lien"
          aria-label="Lien"
          onMouseDown={(e) => e.preventDefault()}
          onClick={setLink}
        >
          🔗
        </button>
      )}
    </div>
  );
}
