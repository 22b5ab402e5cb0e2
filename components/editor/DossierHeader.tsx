import { useEffect, useState } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import { renameDossier } from '@/utils/storage/dossier-store';
import { buildExport, exportFileName } from '@/utils/transfer/export';
import { WordImport } from '../word/WordImport';
import { ActiveToggle } from './ActiveToggle';
import { ConflictBanner } from './ConflictBanner';
import { useDb } from './db-context';
import { downloadJson } from './download';
import { useDraft } from './editor-context';
import { RenameDialog } from './RenameDialog';
import { SaveError, SaveStatus } from './SaveStatus';
import type { FlushOptions, SaveState } from './use-dossier-draft';

interface Props {
  state: SaveState;
  flush: (opts?: FlushOptions) => Promise<void>;
  adopt: (d: Dossier) => void;
}

/** Name, répertoire, active toggle, rename, export, Word import, save status. */
export function DossierHeader({ state, flush, adopt }: Props) {
  const db = useDb();
  const id = useDraft((d) => d.id);
  const name = useDraft((d) => d.name);
  const repertoire = useDraft((d) => d.repertoire);
  const requestKind = useDraft((d) => d.requestKind);
  const [renaming, setRenaming] = useState(false);
  useEffect(() => {
    document.title = `${name} — Certifill`;
    return () => {
      document.title = 'Certifill — dossiers';
    };
  }, [name]);
  const [error, setError] = useState<string | null>(null);

  const exportThis = async () => {
    await flush();
    const file = await buildExport({ ids: [id] }, db);
    downloadJson(file, exportFileName(file));
  };
  const rename = async (name: string) => {
    setRenaming(false);
    try {
      await flush();
      adopt(await renameDossier(id, name, db));
      setError(null);
    } catch {
      setError('Le dossier n’a pas pu être renommé (nom vide ou trop long ?).');
    }
  };

  return (
    <header className="cf-dossier-head">
      <a href="#/" className="cf-back">
        ← Tous les dossiers
      </a>
      <div className="cf-dossier-head__row">
        <div className="cf-dossier-head__title">
          <h1>{name}</h1>
          <span className={`cf-rep cf-rep--${repertoire}`}>{repertoire}</span>
          <span className="cf-muted">
            {requestKind === 'renouvellement' ? 'Renouvellement' : 'Première demande'}
          </span>
          <ActiveToggle id={id} name={name} />
        </div>
        <div className="cf-dossier-head__actions">
          <SaveStatus state={state} />
          <button type="button" className="cf-button cf-button--secondary" onClick={() => setRenaming(true)}>
            Renommer
          </button>
          <button type="button" className="cf-button cf-button--secondary" onClick={() => void exportThis()}>
            Exporter ce dossier
          </button>
        </div>
      </div>
      <ConflictBanner />
      <WordImport flush={flush} />
      {state.kind === 'error' && <SaveError messages={state.messages} onRetry={() => void flush()} />}
      {error && (
        <p className="cf-notice cf-notice--error" role="alert">
          {error}
        </p>
      )}
      <RenameDialog
        open={renaming}
        current={name}
        onRename={(n) => void rename(n)}
        onCancel={() => setRenaming(false)}
      />
    </header>
  );
}
