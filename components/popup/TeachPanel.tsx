import { useState } from 'react';
import { parsePath } from '@/utils/dossier/paths';
import { pathLabel } from '@/utils/fill/labels';
import { NEVER_FILL } from '@/utils/fill/taught';
import { backgroundMessenger } from '@/utils/messaging/background-protocol';
import type { FieldSummary, PageScan } from '@/utils/messaging/page-protocol';
import { CataloguePicker } from './CataloguePicker';
import type { PageClient } from './page-client';

interface Props {
  scan: PageScan;
  client: PageClient;
  onScan: (s: PageScan) => void;
  onClose: () => void;
}

function status(f: FieldSummary): string {
  if (f.decision === 'a_verifier') return 'à vérifier';
  if (f.decision === 'ignored') return 'jamais rempli';
  const what = f.path ? pathLabel(f.path) : '';
  return f.decision === 'taught' ? `associé : ${what}` : `reconnu : ${what}`;
}

const order = (f: FieldSummary) => (f.decision === 'a_verifier' ? 0 : f.decision === 'ignored' ? 2 : 1);

/** « Associer ce champ… »: pick a page field, then the dossier field it is (or « ne jamais remplir »). */
export function TeachPanel({ scan, client, onScan, onClose }: Props) {
  const [chosen, setChosen] = useState<FieldSummary | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const repertoire = scan.dossier?.repertoire ?? 'RNCP';

  const save = async (f: FieldSummary, fieldPath: string) => {
    try {
      await backgroundMessenger.sendMessage('saveMapping', {
        signature: f.signature,
        host: scan.host,
        pathPattern: scan.pathPattern,
        fieldPath,
      });
      onScan(await client.reloadMappings());
      setChosen(null);
      const what =
        fieldPath === NEVER_FILL ? 'ne sera jamais rempli' : `est associé à « ${pathLabel(fieldPath)} »`;
      setMessage({
        text: `Le champ « ${f.label || 'sans libellé'} » ${what} sur cette page et les pages semblables.`,
      });
    } catch (e) {
      setMessage({
        text: `Association non enregistrée : ${e instanceof Error ? e.message : String(e)}`,
        error: true,
      });
    }
  };

  if (chosen) {
    const parsed = chosen.path ? parsePath(chosen.path) : null;
    return (
      <section aria-label="Associer un champ">
        <h2>Associer « {chosen.label || 'champ sans libellé'} »</h2>
        <CataloguePicker
          repertoire={repertoire}
          suggested={chosen.fieldId ?? chosen.candidates[0]?.fieldId ?? null}
          index={parsed?.index ?? 0}
          onPick={(p) => void save(chosen, p)}
          onNever={() => void save(chosen, NEVER_FILL)}
          onCancel={() => setChosen(null)}
        />
      </section>
    );
  }
  const fields = [...scan.fields].sort((a, b) => order(a) - order(b));
  return (
    <section aria-label="Champs de la page">
      <h2>Associer un champ de la page</h2>
      {message && (
        <p className={`pp-msg ${message.error ? 'pp-msg--error' : 'pp-msg--success'}`} role="status">
          {message.text}
        </p>
      )}
      <ul className="pp-list" aria-label="Champs de la page">
        {fields.map((f) => (
          <li key={f.key} data-decision={f.decision}>
            <span className="pp-row-label">
              {f.label || 'Champ sans libellé'} <span className="pp-chip">{status(f)}</span>
            </span>
            <button
              type="button"
              className="pp-btn pp-btn--secondary"
              onClick={() => void client.focusField(f.key)}
            >
              Voir
            </button>
            <button type="button" className="pp-btn" onClick={() => setChosen(f)}>
              Associer…
            </button>
          </li>
        ))}
      </ul>
      <div className="pp-actions">
        <button type="button" className="pp-btn pp-btn--secondary" onClick={onClose}>
          Fermer
        </button>
      </div>
    </section>
  );
}
