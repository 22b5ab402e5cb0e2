import { type ChangeEvent, useEffect, useRef, useState } from 'react';

interface Props {
  id: string;
  path: string;
  value: string;
  multiline: boolean;
  required: boolean;
  describedBy: string | undefined;
  invalid: boolean;
  onChange: (value: string) => void;
}

/**
 * Text that the user types is the truth: the local state follows the stored value only while
 * the input does not have the focus, so a re-render or a late query never resets what is typed.
 */
export function TextInput({ id, path, value, multiline, required, describedBy, invalid, onChange }: Props) {
  const [local, setLocal] = useState(value);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (typeof document !== 'undefined' && document.activeElement !== ref.current) setLocal(value);
  }, [value]);
  const change = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setLocal(e.target.value);
    onChange(e.target.value);
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
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    className: 'cf-input',
    spellCheck: true,
    lang: 'fr',
  };
  return multiline ? <textarea {...common} rows={4} /> : <input type="text" {...common} />;
}
