import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { usePasteCleaning } from './use-paste-cleaning';

interface Props {
  id: string;
  path: string;
  value: string;
  multiline: boolean;
  /** The catalogue's format (siret, numeroFiche, codeBloc…): a paste of one is cleaned. */
  enumRef?: string | null;
  required: boolean;
  describedBy: string | undefined;
  invalid: boolean;
  onChange: (value: string) => void;
}

/**
 * Text that the user types is the truth: the local state follows the stored value only while
 * the input does not have the focus, so a re-render or a late query never resets what is typed.
 */
export function TextInput(props: Props) {
  const { id, path, value, multiline, enumRef = null, required, describedBy, invalid, onChange } = props;
  const [local, setLocal] = useState(value);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (typeof document !== 'undefined' && document.activeElement !== ref.current) setLocal(value);
  }, [value]);
  const set = (v: string) => {
    setLocal(v);
    onChange(v);
  };
  const paste = usePasteCleaning({ enumRef, kind: multiline ? 'textarea' : 'text' }, set);
  const noteId = `${id}-collage`;
  const change = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    paste.clearNote();
    set(e.target.value);
  };
  const common = {
    id,
    ref,
    value: local,
    onChange: change,
    onBlur: () => {
      if (local !== value) onChange(local);
    },
    'data-field-path': path,
    'aria-required': required || undefined,
    'aria-describedby': [describedBy, paste.note ? noteId : ''].filter(Boolean).join(' ') || undefined,
    onPaste: paste.onPaste,
    'aria-invalid': invalid || undefined,
    className: 'cf-input',
    spellCheck: true,
    lang: 'fr',
  };
  if (multiline) return <textarea {...common} rows={4} />;
  return (
    <>
      <input type="text" {...common} />
      <PasteNote id={noteId} note={paste.note} />
    </>
  );
}

/** What a cleaned paste changed (« SIRET collé sans ses espaces ni séparateurs. »), as a status message. */
export function PasteNote({ id, note }: { id: string; note: string | null }) {
  if (!note) return null;
  return (
    <p id={id} className="cf-paste-note" role="status">
      {note}
    </p>
  );
}
