import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { pathLabel } from '@/utils/fill/labels';
import { buildMappingsExport, parseMappingsImport } from '@/utils/fill/mapping-transfer';
import { NEVER_FILL } from '@/utils/fill/taught';
import { backgroundMessenger } from '@/utils/messaging/background-protocol';
import { importMappings, listMappings } from '@/utils/storage/mapping-store';
import type { LearnedMapping } from '@/utils/storage/records';
import type { PageClient } from './page-client';

const labelOf = (m: LearnedMapping) =>
  m.fieldPath === NEVER_FILL ? 'Ne jamais remplir' : pathLabel(m.fieldPath);
/** The signature is `kind|label|legend|heading|…`: its label (else heading) names the control in a list. */
const controlOf = (m: LearnedMapping) => {
  const [, label, legend, heading] = m.signature.split('|');
  return (label || legend || heading || m.signature).slice(0, 80);
};

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Taught mappings: list with delete, and export/import as JSON to share with a colleague. */
export function MappingsPanel({ client, onClose }: { client: PageClient | null; onClose: () => void }) {
  const mappings = useLiveQuery(() => listMappings(), []);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const changed = () => void client?.reloadMappings().catch(() => undefined);

  const remove = async (m: LearnedMapping) => {
    if (m.id === undefined) return;
    await backgroundMessenger.sendMessage('deleteMapping', m.id);
    setMessage({ text: `Correspondance « ${labelOf(m)} » supprimée.` });
    changed();
  };
  const importFile = async (f: File) => {
    const parsed = parseMappingsImport(await f.text());
    if (!parsed.ok) return setMessage({ text: `Import refusé : ${parsed.errors.join(' ; ')}`, error: true });
    const n = await importMappings(parsed.mappings);
    setMessage({ text: `${n} correspondance${n > 1 ? 's' : ''} importée${n > 1 ? 's' : ''}.` });
    changed();
  };

  return (
    <section aria-label="Correspondances apprises">
      <h2>Correspondances apprises</h2>
      {message && (
        <p className={`pp-msg ${message.error ? 'pp-msg--error' : 'pp-msg--success'}`} role="status">
          {message.text}
        </p>
      )}
      {mappings && mappings.length === 0 && (
        <p className="popup-note">Aucune correspondance apprise pour l’instant.</p>
      )}
      <ul className="pp-list" aria-label="Correspondances">
        {mappings?.map((m) => (
          <li key={m.id}>
            <span className="pp-row-label">
              <strong>{labelOf(m)}</strong> ← {controlOf(m)}
              <br />
              <small>
                {m.host}
                {m.pathPattern}
              </small>
            </span>
            <button type="button" className="pp-btn pp-btn--secondary" onClick={() => void remove(m)}>
              Supprimer
            </button>
          </li>
        ))}
      </ul>
      <div className="pp-actions">
        <button
          type="button"
          className="pp-btn pp-btn--secondary"
          disabled={!mappings?.length}
          onClick={() => download(buildMappingsExport(mappings ?? []), 'certifill-correspondances.json')}
        >
          Exporter les correspondances
        </button>
        <button type="button" className="pp-btn pp-btn--secondary" onClick={() => file.current?.click()}>
          Importer des correspondances
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="mappings-import"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
        <button type="button" className="pp-btn pp-btn--secondary" onClick={onClose}>
          Fermer
        </button>
      </div>
    </section>
  );
}
