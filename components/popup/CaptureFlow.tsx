import { useEffect, useState } from 'react';
import type { FieldValue } from '@/utils/dossier/model';
import { backgroundMessenger } from '@/utils/messaging/background-protocol';
import type { CapturePreview } from '@/utils/messaging/page-protocol';
import { fieldTakesLinks, isRichHtml, sanitizeRich } from '@/utils/richtext';
import { FieldName } from './FieldName';
import type { PageClient } from './page-client';

type Stage =
  | { s: 'loading' }
  | { s: 'diff'; preview: CapturePreview }
  | { s: 'saving' }
  | { s: 'done'; message: string }
  | { s: 'error'; message: string };

/**
 * The capture boundary: formatted text read from the page goes through DOMPurify, then the schema
 * walk, before it is saved (the content script only walks the schema: DOMPurify is not in its bundle).
 */
export function capturedValue(path: string, value: FieldValue): FieldValue {
  if (typeof value !== 'string' || !isRichHtml(value)) return value;
  return sanitizeRich(value, { links: fieldTakesLinks(path.replace(/\[\d+\]/g, '[]')) });
}

/** « Enregistrer la page dans le dossier »: what differs, one box per line, then « Enregistrer la sélection ». */
export function CaptureFlow({ client, onClose }: { client: PageClient; onClose: () => void }) {
  const [stage, setStage] = useState<Stage>({ s: 'loading' });
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  useEffect(() => {
    client.previewCapture().then(
      (preview) => {
        setChosen(new Set(preview.lines.filter((l) => l.suggested).map((l) => l.path)));
        setStage({ s: 'diff', preview });
      },
      (e) => setStage({ s: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [client]);

  const save = async (preview: CapturePreview) => {
    const changes = preview.lines
      .filter((l) => chosen.has(l.path))
      .map((l) => ({ path: l.path, value: capturedValue(l.path, l.value) }));
    setStage({ s: 'saving' });
    try {
      await backgroundMessenger.sendMessage('applyCapture', { dossierId: preview.dossier.id, changes });
      const n = changes.length;
      setStage({
        s: 'done',
        message: `${n} valeur${n > 1 ? 's' : ''} enregistrée${n > 1 ? 's' : ''} dans le dossier « ${preview.dossier.name} ».`,
      });
    } catch (e) {
      setStage({
        s: 'error',
        message: `L’enregistrement a échoué : ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };
  const toggle = (path: string) =>
    setChosen((cur) => {
      const next = new Set(cur);
      if (!next.delete(path)) next.add(path);
      return next;
    });

  return (
    <section aria-label="Enregistrer la page dans le dossier">
      <h2>Enregistrer la page dans le dossier</h2>
      {stage.s === 'loading' && <p>Lecture des champs de la page…</p>}
      {stage.s === 'saving' && <p role="status">Enregistrement…</p>}
      {stage.s === 'error' && (
        <p className="pp-msg pp-msg--error" role="alert">
          {stage.message}
        </p>
      )}
      {stage.s === 'done' && (
        <p className="pp-msg pp-msg--success" role="status">
          {stage.message}
        </p>
      )}
      {stage.s === 'diff' && stage.preview.lines.length === 0 && (
        <p className="pp-msg">La page et le dossier « {stage.preview.dossier.name} » sont identiques.</p>
      )}
      {stage.s === 'diff' && stage.preview.lines.length > 0 && (
        <>
          <div className="pp-scroll">
            <table className="pp-table" aria-label="Différences entre la page et le dossier">
              <thead>
                <tr>
                  <th scope="col" className="pp-col-box">
                    Enregistrer
                  </th>
                  <th scope="col" className="pp-col-field">
                    Champ
                  </th>
                  <th scope="col">Valeur du dossier</th>
                  <th scope="col">Valeur de la page</th>
                </tr>
              </thead>
              <tbody>
                {stage.preview.lines.map((l) => (
                  <tr key={l.path} data-path={l.path}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Enregistrer « ${l.label} »`}
                        checked={chosen.has(l.path)}
                        onChange={() => toggle(l.path)}
                      />
                    </td>
                    <td>
                      <FieldName path={l.path} label={l.label} />
                    </td>
                    <td className="pp-val" title={l.dossierValue}>
                      {l.dossierValue || '—'}
                    </td>
                    <td className="pp-val" title={l.pageValue}>
                      {l.pageValue || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="pp-actions">
            <button
              type="button"
              className="pp-btn"
              disabled={chosen.size === 0}
              onClick={() => void save(stage.preview)}
            >
              Enregistrer la sélection
            </button>
          </div>
        </>
      )}
      <div className="pp-actions">
        <button type="button" className="pp-btn pp-btn--secondary" onClick={onClose}>
          Fermer
        </button>
      </div>
    </section>
  );
}
