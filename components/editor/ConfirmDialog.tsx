import { type ReactNode, useId, useRef } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface Props {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation (native <dialog>: focus trap and Échap come with it). */
export function ConfirmDialog({ open, title, children, confirmLabel, danger, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useModalDialog(ref, open);
  return (
    <dialog
      ref={ref}
      className="cf-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            onConfirm();
          }}
        >
          <h2 id={titleId} className="cf-dialog__title">
            {title}
          </h2>
          <div className="cf-dialog__body">{children}</div>
          <div className="cf-dialog__actions">
            <button type="button" className="cf-button cf-button--secondary" onClick={onCancel}>
              Annuler
            </button>
            <button type="submit" className={danger ? 'cf-button cf-button--danger' : 'cf-button'}>
              {confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
