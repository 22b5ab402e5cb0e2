import { useEffect, useId, useRef } from 'react';
import { useModalDialog } from '../editor/use-modal-dialog';
import { ExportFileInput } from './ExportFileInput';
import { FichePicker } from './FichePicker';
import { ReadProgressBar } from './ReadProgressBar';
import { useFicheImport } from './use-fiche-import';

interface Props {
  onClose: () => void;
  onCreated: (dossierId: string) => void;
  /** A file already given (dropped on the page). */
  initialFile?: File | null;
}

/** « Nouveau dossier à partir d'une fiche publiée »: choose the export, wait, pick, create. */
export function FicheImportDialog({ onClose, onCreated, initialFile }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { phase, choose, pick, cancel, restart } = useFicheImport(onCreated);
  useModalDialog(ref, true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dropped file is read once, on opening.
  useEffect(() => {
    if (initialFile) choose(initialFile);
  }, []);
  const close = () => {
    cancel();
    onClose();
  };
  return (
    <dialog
      ref={ref}
      className="cf-dialog cf-dialog--wide"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <div className="cf-dialog__content">
        <h2 id={titleId} className="cf-dialog__title">
          Nouveau dossier à partir d’une fiche publiée
        </h2>
        {phase.step === 'choose' && <ExportFileInput onFile={choose} />}
        {phase.step === 'indexing' && (
          <>
            <ReadProgressBar label={`Lecture de « ${phase.file.name} »…`} progress={phase.progress} />
            <div className="cf-dialog__actions">
              <button type="button" className="cf-button cf-button--secondary" onClick={cancel}>
                Annuler la lecture
              </button>
            </div>
          </>
        )}
        {phase.step === 'pick' && (
          <FichePicker
            entries={phase.entries}
            fileName={phase.file.name}
            version={phase.index.summary.version}
            onPick={pick}
          />
        )}
        {phase.step === 'opening' && (
          <>
            <ReadProgressBar label={`Lecture de la fiche ${phase.numero}…`} progress={phase.progress} />
            <div className="cf-dialog__actions">
              <button type="button" className="cf-button cf-button--secondary" onClick={cancel}>
                Annuler
              </button>
            </div>
          </>
        )}
        {phase.step === 'error' && (
          <>
            <div className="cf-notice cf-notice--error" role="alert">
              <p>
                <strong>Import impossible, aucun dossier n’a été créé.</strong>
              </p>
              <p>{phase.message}</p>
            </div>
            <div className="cf-dialog__actions">
              <button type="button" className="cf-button" onClick={restart}>
                Choisir un autre fichier
              </button>
            </div>
          </>
        )}
        <button type="button" className="cf-dialog__close cf-button cf-button--tertiary" onClick={close}>
          Fermer
        </button>
      </div>
    </dialog>
  );
}
