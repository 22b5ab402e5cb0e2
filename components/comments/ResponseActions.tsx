import { useState } from 'react';
import { useDb } from '@/components/editor/db-context';
import { downloadBlob } from '@/components/editor/download';
import { responseHash } from '@/components/editor/route';
import { loadResponse } from '@/components/response/load-response';
import { responseDocxBlob } from '@/components/shared/lazy-modules';
import { responseFileName } from '@/utils/response/assemble';
import type { ComplementRequest, TrackedComment } from '@/utils/storage/records';
import { Notice } from './Notice';

interface Props {
  request: ComplementRequest;
  comments: readonly TrackedComment[];
  /** Shows an editor page (`#/dossier/…`): in place in the editor, in a new tab from the side panel. */
  openPage: (hash: string) => void;
}

/** « Réponse à la demande de compléments »: the .docx to send or upload, and the printable page. */
export function ResponseActions({ request, comments, openPage }: Props) {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const answered = comments.filter((c) => (c.answer ?? '').trim() !== '').length;

  const download = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const doc = await loadResponse(db, request.dossierId, request.id);
      if (!doc) throw new Error('missing');
      const name = responseFileName(doc, 'docx');
      downloadBlob(await responseDocxBlob(doc), name);
      setMessage({ kind: 'success', text: `Document Word enregistré : ${name}` });
    } catch {
      setMessage({ kind: 'error', text: 'Le document Word n’a pas pu être produit. Réessayez.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cm-response">
      <p className="cm-response__title">
        {comments.length === 0
          ? 'Aucune remarque suivie pour cette demande.'
          : `${answered}\u00a0réponse${answered > 1 ? 's' : ''} rédigée${answered > 1 ? 's' : ''} sur ${comments.length}\u00a0remarque${comments.length > 1 ? 's' : ''}`}
      </p>
      <div className="cm-actions">
        <button type="button" className="cm-button" disabled={busy} onClick={() => void download()}>
          {busy ? 'Production du document…' : 'Réponse à la demande de compléments (.docx)'}
        </button>
        <button
          type="button"
          className="cm-button cm-button--secondary"
          onClick={() => openPage(responseHash(request.dossierId, request.id))}
        >
          Version imprimable
        </button>
      </div>
      <Notice message={message} />
    </div>
  );
}
