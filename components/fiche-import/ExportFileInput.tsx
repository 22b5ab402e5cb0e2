import { useRef } from 'react';

/** The file picker of the export: the zip of data.gouv.fr or the XML it holds. */
export function ExportFileInput({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="cf-fiche-choose">
      <p>
        Donnez l’export open data de France compétences : l’archive{' '}
        <code>export-fiches-rncp-v4-1-AAAA-MM-JJ.zip</code> (ou <code>export-fiches-rs-…</code>) du jeu de
        données « Répertoire national des certifications professionnelles et répertoire spécifique » sur
        data.gouv.fr, ou le fichier XML qu’elle contient. Il est lu sur cet ordinateur, sans rien envoyer.
      </p>
      <input
        ref={input}
        id="fiche-export-file"
        type="file"
        accept=".zip,.xml,application/zip,application/xml,text/xml"
        className="visually-hidden"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
      <button type="button" className="cf-button" onClick={() => input.current?.click()}>
        Choisir l’export (.zip ou .xml)
      </button>
    </div>
  );
}
