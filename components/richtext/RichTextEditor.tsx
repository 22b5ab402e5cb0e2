import { Selection } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useOwnValues } from '@/components/shared/own-values';
import { canonicalRich, sanitizeRich } from '@/utils/richtext';
import { richExtensions } from './extensions';
import { RichToolbar } from './RichToolbar';
import './richtext.css';

export interface RichFieldProps {
  id: string;
  path: string;
  label: string;
  value: string;
  /** Only fields that take links get the link button and keep links. */
  links: boolean;
  required: boolean;
  describedBy: string | undefined;
  invalid: boolean;
  onChange: (html: string) => void;
}

/** What the person typed into the resting box while the editor loaded (RichTextInput): added at the end. */
export interface CarriedProps {
  carried?: string;
}

/**
 * A formatted-text field, edited with Tiptap (ProseMirror): what it emits is the canonical HTML of
 * utils/richtext. Pasted HTML goes through sanitizeRich first (Word, LibreOffice, web pages: lists
 * and bold kept, styles dropped). Like TextInput, what the person types wins: with the focus, the
 * echoes of its own edits never replace the content, a value written elsewhere (another tab's later
 * edit, a restore) does.
 */
export function RichTextEditor({
  id,
  path,
  label,
  value,
  links,
  required,
  describedBy,
  invalid,
  onChange,
  carried,
}: RichFieldProps & CarriedProps) {
  const emitted = useRef(value);
  const own = useOwnValues<string>(value);
  const change = useRef(onChange);
  change.current = onChange;
  const editor = useEditor({
    extensions: richExtensions(links),
    content: value,
    // Mounted when the person enters the field (see RichTextInput): the caret goes there at once.
    autofocus: 'end',
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...ariaState(describedBy, required, invalid),
        class: 'cf-input cf-rich__area',
        'data-field-path': path,
        lang: 'fr',
        spellcheck: 'true',
      },
      transformPastedHTML: (html) => sanitizeRich(html, { links }),
    },
    onUpdate: ({ editor: e }) => {
      // Tiptap's HTML follows the schema; its canonical form is what the dossier keeps.
      const html = canonicalRich(e.getHTML(), { links });
      if (html === emitted.current) return;
      emitted.current = html;
      own.add(html);
      change.current(html);
    },
  });

  // The resting box that was focused is gone in this very commit: the editor takes the focus before
  // any key event can run (autofocus waits a frame, and keys typed meanwhile went to the page).
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed || !editor.view.dom.isConnected || editor.view.hasFocus()) return;
    const { view } = editor;
    view.dispatch(view.state.tr.setSelection(Selection.atEnd(view.state.doc)));
    view.focus();
  }, [editor]);

  // Keys typed before the editor was there go in once, at the caret (the end), as if typed now.
  const carry = useRef(carried ?? '');
  useLayoutEffect(() => {
    const text = carry.current;
    if (!editor || editor.isDestroyed || !text) return;
    carry.current = '';
    let chain = editor.chain().focus('end');
    text.split('\n').forEach((line, i) => {
      if (i > 0) chain = chain.splitBlock();
      if (line) chain = chain.insertContent({ type: 'text', text: line });
    });
    chain.run();
  }, [editor]);

  useEffect(() => {
    // Asked first, so the value counts as seen even before the editor exists. The effect also runs
    // when the editor is created, with a value that may be older than what was typed since; not
    // focused, the editor shows the stored value whatever it is.
    const focused = !!editor && !editor.isDestroyed && editor.isFocused;
    const follows = own.follows(value, focused);
    if (!editor || editor.isDestroyed || value === emitted.current) return;
    if (focused && !follows) return;
    emitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value, own]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: {
          ...(editor.options.editorProps.attributes as Record<string, string>),
          ...ariaState(describedBy, required, invalid),
        },
      },
    });
  }, [editor, describedBy, invalid, required]);

  return (
    <div className={`cf-rich${invalid ? ' cf-rich--invalid' : ''}`}>
      {editor && <RichToolbar editor={editor} label={label} links={links} />}
      <EditorContent editor={editor} />
    </div>
  );
}

/** ProseMirror keeps attributes it is given: absent ones are left out, not set to « false ». */
function ariaState(
  describedBy: string | undefined,
  required: boolean,
  invalid: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (describedBy) out['aria-describedby'] = describedBy;
  if (required) out['aria-required'] = 'true';
  if (invalid) out['aria-invalid'] = 'true';
  return out;
}
