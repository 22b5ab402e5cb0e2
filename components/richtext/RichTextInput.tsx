import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { canonicalRich } from '@/utils/richtext';
import { type EditorModule, loadedRichEditor, loadRichEditor } from './load-editor';
import type { RichFieldProps } from './RichTextEditor';
import './richtext.css';

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text typed while the editor loaded, kept as paragraphs after the value when the editor cannot come. */
const withTyped = (html: string, typed: string) =>
  html +
  typed
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${escapeText(l)}</p>`)
    .join('');

/** The stored value as the resting box shows it, with what was typed while the editor loaded at the end. */
const restingHtml = (value: string, links: boolean, pending: string) =>
  canonicalRich(value, { links }) +
  (pending ? `<span class="cf-rich__carried">${escapeText(pending)}</span>` : '');

/** What the person typed into the resting box while the editor was loading. */
function carryKey(pending: string, e: KeyboardEvent): string | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing) return null;
  if (e.key === 'Enter') return `${pending}\n`;
  if (e.key === 'Backspace') return pending ? pending.slice(0, -1) : null;
  return e.key.length === 1 ? pending + e.key : null;
}

/**
 * A formatted-text field that becomes an editor when the person enters it: until then it shows
 * the stored value (canonical, sanitized HTML) in the same box, focusable and labelled like the
 * editor. A dossier has some forty such fields; mounting forty editors up front would slow the
 * page for nothing. Once entered, the editor stays.
 *
 * The editor (Tiptap, ProseMirror: about 390 kB) is loaded when the first such field appears, not
 * with the page (load-editor.ts). If the person enters the field before it is there, the box keeps
 * the focus, says it is loading (aria-busy) and keeps what is typed meanwhile, shown at the end of
 * the text; the editor starts with it. If it cannot load, the box says so and nothing is lost.
 */
export function RichTextInput(props: RichFieldProps) {
  const [editor, setEditor] = useState<EditorModule | null>(loadedRichEditor);
  const [wanted, setWanted] = useState(false);
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const typed = useRef({ pending, value: props.value, onChange: props.onChange, links: props.links });
  typed.current = { pending, value: props.value, onChange: props.onChange, links: props.links };
  const mounted = useRef(true);

  const load = useCallback(() => {
    loadRichEditor().then(
      (m) => mounted.current && setEditor(m),
      (e: unknown) => {
        console.warn('[Certifill] éditeur de texte mis en forme indisponible :', e);
        if (!mounted.current) return;
        setFailed(true);
        // What was typed while it loaded is not lost: it goes into the value as plain paragraphs.
        const { pending: text, value, onChange, links } = typed.current;
        if (text.trim() === '') return;
        setPending('');
        onChange(canonicalRich(withTyped(value, text), { links }));
      },
    );
  }, []);

  useEffect(() => {
    mounted.current = true;
    if (!loadedRichEditor()) load();
    return () => {
      mounted.current = false;
    };
  }, [load]);

  /** Entering the field again after a failed load tries again. */
  const enter = () => {
    setWanted(true);
    if (!failed) return;
    setFailed(false);
    load();
  };

  if (editor && wanted) {
    const { RichTextEditor } = editor;
    return <RichTextEditor {...props} carried={pending} />;
  }
  const loading = wanted && !failed;
  // Only the field the person entered says so: not forty alerts for one failed load.
  const refused = wanted && failed;
  const errorId = `${props.id}-loading-error`;
  return (
    <div className={`cf-rich${props.invalid ? ' cf-rich--invalid' : ''}`}>
      {/* biome-ignore lint/a11y/useSemanticElements: a textbox of formatted text has no native element; this one turns into the editor on focus. */}
      <div
        ref={box}
        id={props.id}
        role="textbox"
        tabIndex={0}
        aria-multiline="true"
        aria-label={props.label}
        aria-describedby={
          [props.describedBy, refused ? errorId : null].filter(Boolean).join(' ') || undefined
        }
        aria-required={props.required || undefined}
        aria-invalid={props.invalid || undefined}
        aria-busy={loading || undefined}
        className="cf-input cf-rich__area cf-rich__area--resting"
        data-field-path={props.path}
        lang="fr"
        onFocus={enter}
        onMouseDown={(e) => {
          // The box is replaced by the editor, which takes the focus (RichTextEditor): the browser's
          // own focus change after mousedown would move it to the page and lose the first keys.
          e.preventDefault();
          if (!editor) box.current?.focus();
          enter();
        }}
        onKeyDown={(e) => {
          if (editor || failed) return;
          const next = carryKey(pending, e);
          if (next === null) return;
          e.preventDefault();
          setPending(next);
        }}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: re-rendered from the model: subset tags only, all text escaped (the typed text too).
        dangerouslySetInnerHTML={{ __html: restingHtml(props.value, props.links, pending) }}
      />
      {refused && (
        <p id={errorId} className="cf-notice cf-notice--error" role="alert">
          L’éditeur de texte mis en forme n’a pas pu être chargé : rechargez la page pour modifier ce champ.
        </p>
      )}
    </div>
  );
}
