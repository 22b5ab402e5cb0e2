import { useRef, useState } from 'react';
import { useDossier, useEditor } from '@/components/editor/editor-context';
import { docxToHtml } from '@/utils/word/convert';
import { planWordImport, type WordSection } from '@/utils/word/plan';
import { applyWordSections } from './apply-plan';
import { targetOptions } from './targets';
import { WordImportPreview } from './WordImportPreview';
import './word.css';

interface Pending {
  fileName: string;
  sections: WordSection[];
  blocs: number;
  images: number;
}

/**
 * « Importer un document Word »: the .docx is read (mammoth), sanitized and matched to the
 * dossier's fields; the preview decides; only « Importer » writes, all at once.
 */
export function WordImport({ flush }: { flush: () => Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const dossier = useDossier();
  const { update } = useEditor();
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    setBusy(true);
    setMessage(null);
    try {
      const html = await docxToHtml(await file.arrayBuffer());
      if (!html.ok) return setMessage({ kind: 'error', text: html.message });
      const existing = dossier.groups['fiche.blocs']?.length ?? 0;
      const plan = planWordImport(html.html, dossier.repertoire, existing);
      if (plan.sections.length === 0)
        return setMessage({ kind: 'error', text: 'Ce document ne contient aucun texte à importer.' });
      setPending({
        fileName: file.name,
        sections: plan.sections,
        blocs: existing + plan.newBlocs,
        images: html.images,
      });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const importNow = async () => {
    if (!pending) return;
    const chosen = pending.sections.filter((s) => s.target);
    update((d) => applyWordSections(d, chosen));
    await flush();
    setPending(null);
    setMessage({
      kind: 'done',
      text: `${chosen.length} section${chosen.length > 1 ? 's' : ''} importée${chosen.length > 1 ? 's' : ''} de « ${pending.fileName} ».`,
    });
  };

  return (
    <div className="cf-word-import">
      <input
        ref={input}
        id="word-file"
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void read(file);
        }}
      />
      <button
        type="button"
        className="cf-button cf-button--secondary"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {busy ? 'Lecture du document…' : 'Importer un document Word'}
      </button>
      {message && (
        <p
          className={`cf-notice cf-notice--${message.kind === 'error' ? 'error' : 'success'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {pending && (
        <WordImportPreview
          fileName={pending.fileName}
          sections={pending.sections}
          options={targetOptions(dossier.repertoire, pending.blocs)}
          dossier={dossier}
          images={pending.images}
          onChange={(sections) => setPending({ ...pending, sections })}
          onImport={() => void importNow()}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
