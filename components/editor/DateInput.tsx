import { useEffect, useRef, useState } from 'react';
import { useOwnValues } from '@/components/shared/own-values';

interface Props {
  id: string;
  /** YYYY-MM-DD or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  describedBy?: string;
  path?: string;
  className?: string;
}

/** « 2026-03-05 » → « 05/03/2026 ». */
export function isoToFrench(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** « 5/3/2026 », « 05.03.2026 » or « 2026-03-05 » → « 2026-03-05 »; null when it is not a real date. */
export function frenchToIso(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const fr = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : fr ? [fr[3], fr[2], fr[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date typed the French way (jj/mm/aaaa), whatever the browser's language. What is typed stays
 * in the field; the dossier gets the date once it is a real one, or nothing when the field is emptied.
 */
export function DateInput({ id, value, onChange, describedBy, path, className }: Props) {
  const [local, setLocal] = useState(isoToFrench(value));
  const ref = useRef<HTMLInputElement>(null);
  // Focused, the field ignores its own echoes but shows a date written elsewhere (see TextInput).
  const own = useOwnValues<string | null>(value);
  useEffect(() => {
    if (own.follows(value, document.activeElement === ref.current)) setLocal(isoToFrench(value));
  }, [value, own]);
  const invalid = local.trim() !== '' && frenchToIso(local) === null;
  const errorId = `${id}-erreur`;
  return (
    <>
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="jj/mm/aaaa"
        className={`cf-input cf-input--date ${className ?? ''}`}
        data-field-path={path}
        value={local}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, invalid ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setLocal(e.target.value);
          const iso = frenchToIso(e.target.value);
          if (iso || e.target.value.trim() === '') {
            own.add(iso);
            onChange(iso);
          }
        }}
        onBlur={() => {
          const iso = frenchToIso(local);
          if (iso) setLocal(isoToFrench(iso));
        }}
      />
      {invalid && (
        <span id={errorId} className="cf-inline-error">
          Date attendue au format jj/mm/aaaa.
        </span>
      )}
    </>
  );
}
