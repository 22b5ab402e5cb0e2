import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '@/components/editor/db-context';
import { downloadBlob } from '@/components/editor/download';
import { dossierHash } from '@/components/editor/route';
import { responseDocxBlob } from '@/components/shared/lazy-modules';
import { responseFileName } from '@/utils/response/assemble';
import { loadResponse } from './load-response';
import { ResponseBody } from './ResponseBody';
import './response.css';

/** `#/dossier/<id>/reponse/<requestId>`: the response to a request for additions, printable, downloadable. */
export function ResponsePage({ dossierId, requestId }: { dossierId: string; requestId: string }) {
  const db = useDb();
  const doc = useLiveQuery(() => loadResponse(db, dossierId, requestId), [db, dossierId, requestId]);
  const [error, setError] = useState('');
  if (doc === undefined) return <p className="cf-loading">Chargement…</p>;
  if (doc === null) {
    return (
      <div className="rp-page">
        <p className="cf-notice cf-notice--error" role="alert">
          Cette demande de compléments n’existe plus dans ce dossier.
        </p>
        <a href={dossierHash(dossierId, 'complements')}>← Retour à la demande de compléments</a>
      </div>
    );
  }
  const download = () =>
    responseDocxBlob(doc).then(
      (blob) => downloadBlob(blob, responseFileName(doc, 'docx')),
      () => setError('Le document Word n’a pas pu être produit. Réessayez.'),
    );
  return (
    <div className="rp-page">
      <div className="rp-toolbar">
        <a href={dossierHash(dossierId, 'complements')}>← Retour à la demande de compléments</a>
        <div className="rp-toolbar__actions">
          <button type="button" className="cf-button cf-button--secondary" onClick={() => void download()}>
            Télécharger (.docx)
          </button>
          <button type="button" className="cf-button" onClick={() => window.print()}>
            Imprimer
          </button>
        </div>
      </div>
      {error && (
        <p className="cf-notice cf-notice--error" role="alert">
          {error}
        </p>
      )}
      <ResponseBody doc={doc} />
    </div>
  );
}
