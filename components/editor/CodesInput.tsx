import { type KeyboardEvent, useState } from 'react';
import { getEnum } from '@/utils/catalogue';
import type { FieldValue } from '@/utils/dossier/model';
import { pastedCodes } from '@/utils/validation/paste';
import { codeFormatHint, normaliseCode } from './codes';
import { PasteNote } from './TextInput';

interface Props {
  id: string;
  path: string;
  label: string;
  enumRef: string | null;
  value: FieldValue;
  required: boolean;
  describedBy: string | undefined;
  onChange: (value: FieldValue) => void;
}

function listOf(v: FieldValue): string[] {
  if (Array.isArray(v)) return v;
  return typeof v === 'string' && v.trim() ? [v] : [];
}

/** A list of codes (NSF, ROME, Formacode…) typed as tags: Entrée, espace, virgule or point-virgule adds one. */
export function CodesInput({ id, path, label, enumRef, value, required, describedBy, onChange }: Props) {
  const codes = listOf(value);
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const noteId = `${id}-collage`;
  const spec = getEnum(enumRef);
  const pattern = spec?.pattern ? new RegExp(spec.pattern) : null;
  const hintId = `${id}-format`;

  const addCodes = (list: string[]) => {
    const fresh = list.map((c) => normaliseCode(c, enumRef)).filter((c) => c !== '' && !codes.includes(c));
    if (fresh.length) onChange([...codes, ...new Set(fresh)]);
    setText('');
  };
  const add = (raw: string) => addCodes(raw.split(/[\s,;]+/));
  const remove = (code: string) => onChange(codes.filter((c) => c !== code));
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',' || e.key === ';') {
      e.preventDefault();
      add(text);
    } else if (e.key === 'Backspace' && text === '' && codes.length) {
      remove(codes[codes.length - 1]!);
    }
  };

  return (
    <div className="cf-codes">
      {codes.length > 0 && (
        <ul className="cf-codes__list" aria-label={`${label} : codes saisis`}>
          {codes.map((c) => {
            const bad = pattern !== null && !pattern.test(c);
            return (
              <li key={c} className={bad ? 'cf-tag cf-tag--bad' : 'cf-tag'}>
                <span>{c}</span>
                {bad && <span className="visually-hidden"> (format non reconnu)</span>}
                <button
                  type="button"
                  className="cf-tag__remove"
                  onClick={() => remove(c)}
                  aria-label={`Retirer ${c}`}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        id={id}
        type="text"
        className="cf-input cf-codes__input"
        data-field-path={path}
        value={text}
        placeholder="Saisir un code puis Entrée"
        aria-required={required || undefined}
        aria-describedby={[describedBy, hintId, note ? noteId : ''].filter(Boolean).join(' ')}
        onChange={(e) => {
          setNote(null);
          const t = e.target.value;
          if (/[\s,;]$/.test(t) && t.trim()) add(t);
          else setText(t);
        }}
        onPaste={(e) => {
          // Codes copied with their labels (« M1805 - Études… ») or as a list: each code is read by its format.
          const pasted = e.clipboardData.getData('text');
          const read = pastedCodes(text + pasted, enumRef);
          if (read.note !== null || /[\s,;]/.test(pasted.trim())) {
            e.preventDefault();
            addCodes(read.codes ?? []);
            setNote(read.note);
          }
        }}
        onKeyDown={onKey}
        onBlur={() => text.trim() && add(text)}
      />
      <PasteNote id={noteId} note={note} />
      <p id={hintId} className="cf-hint">
        {codeFormatHint(enumRef)}
        {spec?.maxItems !== undefined && ` ${codes.length} / ${spec.maxItems} codes au plus.`}
      </p>
    </div>
  );
}
