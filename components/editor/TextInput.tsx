import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useOwnValues } from '@/components/shared/own-values';
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
 * Text that the user types is the truth: while the input has the focus, the local state ignores
 * the echoes of its own typing (a late re-render never resets what is typed) but takes a value
 * written elsewhere (another tab's later edit, an undo), which the dossier now holds.
 */
export function TextInput(props: Props) {
  const { id, path, value, multiline, enumRef = null, required, describedBy, invalid, onChange } = props;
  const [local, setLocal] = useState(value);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const own = useOwnValues<string>(value);
  useEffect(() => {
    if (own.follows(value, typeof document !== 'undefined' && document.activeElement === ref.current))
      setLocal(value);
  }, [value, own]);
  const set = (v: string) => {
    own.add(v);
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
      if (local !== value) set(local);
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
