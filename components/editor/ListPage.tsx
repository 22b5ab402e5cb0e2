import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getActiveDossierId, listDossiers } from '@/utils/storage/dossier-store';
import { type ImportResult, importText } from '@/utils/transfer/import';
import { FicheImportEntry } from '../fiche-import/FicheImportEntry';
import { CreateDossierForm } from './CreateDossierForm';
import { DossierTable } from './DossierTable';
import { useDb } from './db-context';
import { ImportResultView } from './ImportResultView';
import { TransferBar } from './TransferBar';

/** The list of dossiers: create, open, duplicate, rename, delete, choose the active one, import, export. */
const WORD_HERE =
  'C’est un document Word, pas un export Certifill : ouvrez (ou créez) le dossier concerné, puis « Importer un document Word » en haut de sa page.';

export function ListPage() {
  const db = useDb();
  const dossiers = useLiveQuery(() => listDossiers(db), [db]);
  const activeId = useLiveQuery(() => getActiveDossierId(db), [db]);
  const [imported, setImported] = useState<{ result: ImportResult; fileName: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [droppedExport, setDroppedExport] = useState<File | null>(null);

  const importFile = async (file: File) => {
    let result: ImportResult;
    try {
      const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
      // A Word document is not an export: say where it goes instead of « pas un JSON valide ».
      if (/\.docx?$/i.test(file.name) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11))
        result = { ok: false, errors: [WORD_HERE] };
      else result = await importText(await file.text(), db);
    } catch {
      result = { ok: false, errors: ['Le fichier n’a pas pu être lu.'] };
    }
    setImported({ result, fileName: file.name });
  };
  // A .json file dropped anywhere on the page is imported.
  // biome-ignore lint/correctness/useExhaustiveDependencies: importFile only reads db, a dependency.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      const file = files.find((f) => /\.json$/i.test(f.name) || f.type === 'application/json');
      if (file) void importFile(file);
      // France compétences' export starts « Nouveau dossier à partir d'une fiche publiée ».
      const fiches = files.find((f) => /\.(zip|xml)$/i.test(f.name));
      if (!file && fiches) setDroppedExport(fiches);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [db]);

  return (
    <div className="cf-page">
      <div className="cf-page__head">
        <h1>Mes dossiers</h1>
        <TransferBar hasDossiers={(dossiers?.length ?? 0) > 0} onImportFile={(f) => void importFile(f)} />
      </div>
      {imported && <ImportResultView result={imported.result} fileName={imported.fileName} />}
      {dossiers === undefined ? (
        <p className="cf-loading">Chargement…</p>
      ) : dossiers.length === 0 ? (
        <div className="cf-empty">
          <h2>Aucun dossier pour l’instant</h2>
          <p>
            Créez votre première demande d’enregistrement ci-dessous, ou importez un export Certifill (bouton
            « Importer » ou fichier .json déposé sur cette page).
          </p>
        </div>
      ) : (
        <DossierTable dossiers={dossiers} activeId={activeId ?? null} />
      )}
      <CreateDossierForm />
      <FicheImportEntry droppedFile={droppedExport} onDroppedFileTaken={() => setDroppedExport(null)} />
      {dragging && (
        <div className="cf-dropzone-overlay" aria-hidden="true">
          Déposez le fichier : export Certifill (.json) ou export des fiches de France compétences (.zip,
          .xml)
        </div>
      )}
    </div>
  );
}
