import { useState } from 'react';

/** Characters shown before « Afficher tout »: about three lines of the side panel. */
const SHORT = 180;

/**
 * A value shown in full, on demand: long texts are cut at a word with « Afficher tout », which
 * shows every character (line breaks kept) and turns into « Réduire ».
 */
export function LongValue({ text, empty = '—' }: { text: string; empty?: string }) {
  const [open, setOpen] = useState(false);
  if (!text) return <span className="pp-value pp-value--empty">{empty}</span>;
  const long = text.length > SHORT || text.split('\n').length > 3;
  if (!long) return <span className="pp-value">{text}</span>;
  const cut = text.slice(0, SHORT).replace(/\s+\S*$/, '');
  return (
    <span className="pp-value">
      {open ? text : `${cut.split('\n').slice(0, 3).join('\n')}…`}{' '}
      <button type="button" className="link pp-expand" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Réduire' : `Afficher tout (${text.length.toLocaleString('fr-FR')} caractères)`}
      </button>
    </span>
  );
}
