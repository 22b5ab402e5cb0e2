import { useId, useState } from 'react';
import { loadDraft, saveDraft } from './draft';
import { Notice } from './Notice';
import type { PageReading } from './popup-actions';

interface Props {
  dossierId: string;
  onAnalyze: (text: string) => void;
  /** Reads the request on the Certif Pro page of the target tab (popup only). */
  readPage?: () => Promise<PageReading>;
}

/** « Collez la demande de compléments » + « Analyser » (+ « Lire la demande sur la page » in the popup). */
export function AnalyzeForm({ dossierId, onAnalyze, readPage }: Props) {
  const id = useId();
  const [text, setText] = useState(() => loadDraft(dossierId));
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [reading, setReading] = useState(false);

  const change = (value: string) => {
    setText(value);
    saveDraft(dossierId, value);
  };
  const analyze = () => {
    if (text.trim() === '') {
      setMessage({ kind: 'error', text: 'Collez d’abord le texte de la demande de compléments.' });
      return;
    }
    setMessage(null);
    onAnalyze(text);
  };
  const read = async () => {
    if (!readPage) return;
    setReading(true);
    setMessage(null);
    const r = await readPage();
    setReading(false);
    if (!r.ok) {
      setMessage({ kind: 'error', text: r.error });
      return;
    }
    change(r.request.text);
    setMessage({ kind: 'info', text: `Demande lue sur la page : « ${r.request.heading} ».` });
    onAnalyze(r.request.text);
  };

  return (
    <div className="cm-analyze">
      <label htmlFor={id} className="cm-label-block">
        Collez la demande de compléments
      </label>
      <textarea
        id={id}
        className="cm-textarea"
        rows={5}
        value={text}
        placeholder="Collez ici le message de l’instructeur (liste numérotée, paragraphes…)."
        spellCheck={false}
        onChange={(e) => change(e.target.value)}
      />
      <div className="cm-actions">
        <button type="button" className="cm-button" onClick={analyze}>
          Analyser
        </button>
        {readPage && (
          <button
            type="button"
            className="cm-button cm-button--secondary"
            disabled={reading}
            onClick={() => void read()}
          >
            {reading ? 'Lecture de la page…' : 'Lire la demande sur la page'}
          </button>
        )}
      </div>
      <Notice message={message} />
    </div>
  );
}
