import { useRef, useState } from 'react';
import { useDossier, useEditor } from '@/components/editor/editor-context';
import type { FlushOptions } from '@/components/editor/use-dossier-draft';
import { docxToHtml } from '@/components/shared/lazy-modules';
import { blocsInUse } from '@/utils/word/blocs-in-use';
import { planWordImport, type WordSection } from '@/utils/word/plan';
import { applyWordSections } from './apply-plan';
import { targetGroups } from './targets';
import { WordImportPreview } from './WordImportPreview';
import './word.css';

/** A refusal names the file, then says why and what to do. */
const refused = (file: File, why: string) => `«\u00a0${file.name}\u00a0» n’a pas été importé. ${why}`;

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
export function WordImport({ flush }: { flush: (opts?: FlushOptions) => Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const dossier = useDossier();
  const { update } = useEditor();
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    setBusy(true);
    setMessage(null);
    setPending(null);
    try {
      const html = await docxToHtml(await file.arrayBuffer());
      if (!html.ok) return setMessage({ kind: 'error', text: refused(file, html.message) });
      const existing = blocsInUse(dossier);
      const plan = planWordImport(html.html, dossier.repertoire, existing);
      if (plan.sections.length === 0)
        return setMessage({ kind: 'error', text: refused(file, 'Il ne contient aucun texte à importer.') });
      setPending({
        fileName: file.name,
        sections: plan.sections,
        blocs: Math.max(dossier.groups['fiche.blocs']?.length ?? 0, existing + plan.newBlocs),
        images: html.images,
      });
    } catch (e) {
      console.warn('[Certifill] import Word :', e);
      setMessage({
        kind: 'error',
        text: refused(
          file,
          'La lecture des fichiers Word n’a pas pu démarrer : rechargez la page, puis réessayez.',
        ),
      });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const importNow = async () => {
    if (!pending) return;
    const chosen = pending.sections.filter((s) => s.target);
    // What was typed before goes first, so that the import is a revision of its own in the history.
    await flush();
    update((d) => applyWordSections(d, chosen));
    await flush({ reason: 'import' });
    setPending(null);
    setMessage({
      kind: 'done',
      text: `${chosen.length}\u00a0section${chosen.length > 1 ? 's' : ''} importée${chosen.length > 1 ? 's' : ''} de «\u00a0${pending.fileName}\u00a0». La version d’avant l’import reste dans l’onglet «\u00a0Historique\u00a0».`,
    });
  };

  return (
    <div className="cf-word-import">
      <input
        ref={input}
        id="word-file"
        type="file"
        aria-label="Document Word à importer (.docx)"
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
          groups={targetGroups(dossier.repertoire, pending.blocs)}
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
