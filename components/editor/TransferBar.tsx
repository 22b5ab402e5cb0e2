import { useRef } from 'react';
import { buildExport, exportFileName } from '@/utils/transfer/export';
import { useDb } from './db-context';
import { downloadJson } from './download';

interface Props {
  hasDossiers: boolean;
  onImportFile: (file: File) => void;
}

/** « Importer » (file picker) and « Exporter tous les dossiers ». */
export function TransferBar({ hasDossiers, onImportFile }: Props) {
  const db = useDb();
  const input = useRef<HTMLInputElement>(null);
  const exportAll = async () => {
    const file = await buildExport({}, db);
    downloadJson(file, exportFileName(file));
  };
  return (
    <div className="cf-transfer">
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onImportFile(f);
        }}
      />
      <button type="button" className="cf-button cf-button--secondary" onClick={() => input.current?.click()}>
        Importer
      </button>
      {hasDossiers && (
        <button type="button" className="cf-button cf-button--secondary" onClick={() => void exportAll()}>
          Exporter tous les dossiers
        </button>
      )}
    </div>
  );
}
