import { useEffect, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  open: boolean;
  current: string;
  onRename: (name: string) => void;
  onCancel: () => void;
}

export function RenameDialog({ open, current, onRename, onCancel }: Props) {
  const [name, setName] = useState(current);
  useEffect(() => {
    if (open) setName(current);
  }, [open, current]);
  const ok = name.trim().length > 0 && name.trim().length <= 200;
  return (
    <ConfirmDialog
      open={open}
      title="Renommer le dossier"
      confirmLabel="Renommer"
      onConfirm={() => ok && onRename(name.trim())}
      onCancel={onCancel}
    >
      <label htmlFor="rename-input" className="cf-field__label">
        Nouveau nom
      </label>
      <input
        id="rename-input"
        className="cf-input"
        value={name}
        maxLength={200}
        required
        // biome-ignore lint/a11y/noAutofocus: the dialog opens to type the name.
        autoFocus
        onChange={(e) => setName(e.target.value)}
      />
    </ConfirmDialog>
  );
}
