import { useEffect, useRef, useState } from 'react';
import { useOwnValues } from '@/components/shared/own-values';
import type { FieldValue } from '@/utils/dossier/model';
import { PasteNote } from './TextInput';
import { usePasteCleaning } from './use-paste-cleaning';

interface Props {
  id: string;
  path: string;
  value: FieldValue;
  required: boolean;
  describedBy: string | undefined;
  onChange: (value: FieldValue) => void;
}

function show(v: FieldValue): string {
  if (typeof v === 'number') return String(v).replace('.', ',');
  return typeof v === 'string' ? v : '';
}

/** « 85,5 » → 85.5; text that is not a number is kept as typed (the checks then flag it). */
export function parseFrenchNumber(text: string): FieldValue {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  const n = /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
  return Number.isFinite(n) ? n : text;
}

export function NumberInput({ id, path, value, required, describedBy, onChange }: Props) {
  const [local, setLocal] = useState(show(value));
  const ref = useRef<HTMLInputElement>(null);
  // Focused, the field ignores its own echoes but shows a value written elsewhere (see TextInput).
  const own = useOwnValues<FieldValue>(value);
  useEffect(() => {
    if (own.follows(value, document.activeElement === ref.current)) setLocal(show(value));
  }, [value, own]);
  const set = (text: string) => {
    const parsed = parseFrenchNumber(text);
    own.add(parsed);
    setLocal(text);
    onChange(parsed);
  };
  const paste = usePasteCleaning({ enumRef: null, kind: 'number' }, set);
  const noteId = `${id}-collage`;
  return (
    <>
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode="decimal"
        className="cf-input cf-input--number"
        data-field-path={path}
        value={local}
        aria-required={required || undefined}
        aria-describedby={[describedBy, paste.note ? noteId : ''].filter(Boolean).join(' ') || undefined}
        onPaste={paste.onPaste}
        onChange={(e) => {
          paste.clearNote();
          set(e.target.value);
        }}
      />
      <PasteNote id={noteId} note={paste.note} />
    </>
  );
}
