import { useEffect, useState } from 'react';
import { dossierHash } from '../editor/route';
import { FicheImportDialog } from './FicheImportDialog';
import './fiche-import.css';

interface Props {
  /** An export dropped on the list page: opens the dialog with it. */
  droppedFile?: File | null;
  onDroppedFileTaken?: () => void;
}

/** The list page's way in: a renewal that starts from the certification's published fiche. */
export function FicheImportEntry({ droppedFile = null, onDroppedFileTaken }: Props) {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  useEffect(() => {
    if (!droppedFile) return;
    setFile(droppedFile);
    setOpen(true);
    onDroppedFileTaken?.();
  }, [droppedFile, onDroppedFileTaken]);
  return (
    <section className="cf-create cf-fiche-entry" aria-labelledby="fiche-entry-title">
      <h2 id="fiche-entry-title">Renouvellement</h2>
      <p>
        Partez de la fiche publiée de la certification : intitulé, codes, blocs de compétences, voies d’accès,
        partenaires, promotions… sont repris de l’export open data de France compétences.
      </p>
      <button type="button" className="cf-button cf-button--secondary" onClick={() => setOpen(true)}>
        Nouveau dossier à partir d’une fiche publiée
      </button>
      {open && (
        <FicheImportDialog
          initialFile={file}
          onClose={() => {
            setOpen(false);
            setFile(null);
          }}
          onCreated={(id) => {
            setOpen(false);
            setFile(null);
            location.hash = dossierHash(id);
          }}
        />
      )}
    </section>
  );
}
