import { useState } from 'react';
import type { UndoPreview, UndoReport } from '@/utils/messaging/page-protocol';
import type { PageClient } from './page-client';
import { UndoReportView } from './UndoReportView';

type Stage =
  | { s: 'idle' }
  | { s: 'asking' }
  | { s: 'confirm'; preview: UndoPreview }
  | { s: 'done'; report: UndoReport }
  | { s: 'error'; message: string };

interface Props {
  client: PageClient;
  /** After the undo: the caller refreshes what it shows (the report stays on screen). */
  onDone?: (report: UndoReport) => void;
}

/**
 * « Annuler le pré-remplissage »: first asks the page which fields were changed since the fill;
 * those are listed and kept unless the person ticks them. Then shows what the page reports.
 */
export function UndoFlow({ client, onDone }: Props) {
  const [stage, setStage] = useState<Stage>({ s: 'idle' });
  const [restore, setRestore] = useState<Set<string>>(new Set());

  const fail = (e: unknown) => setStage({ s: 'error', message: e instanceof Error ? e.message : String(e) });
  const run = async (keys: string[]) => {
    setStage({ s: 'asking' });
    try {
      const report = await client.undoPrefill(keys);
      setStage({ s: 'done', report });
      onDone?.(report);
    } catch (e) {
      fail(e);
    }
  };
  const start = async () => {
    setStage({ s: 'asking' });
    try {
      const preview = await client.previewUndo();
      if (preview.changed.length === 0) await run([]);
      else {
        setRestore(new Set());
        setStage({ s: 'confirm', preview });
      }
    } catch (e) {
      fail(e);
    }
  };
  const toggle = (key: string) =>
    setRestore((cur) => {
      const next = new Set(cur);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  if (stage.s === 'done') return <UndoReportView report={stage.report} />;
  if (stage.s === 'error')
    return (
      <p className="pp-msg pp-msg--error" role="alert">
        {stage.message}
      </p>
    );
  if (stage.s === 'confirm') {
    const n = stage.preview.changed.length;
    return (
      <section className="pp-undo" aria-labelledby="pp-undo-title" data-testid="undo-confirm">
        <h3 id="pp-undo-title">Annuler le pré-remplissage</h3>
        <p className="pp-msg" role="status">
          {n > 1
            ? `${n} champs ont été modifiés depuis le pré-remplissage. Ils seront laissés tels quels, sauf ceux que vous cochez.`
            : '1 champ a été modifié depuis le pré-remplissage. Il sera laissé tel quel, sauf si vous le cochez.'}
        </p>
        <ul className="pp-undo-list">
          {stage.preview.changed.map((l) => (
            <li key={l.key}>
              <label>
                <input type="checkbox" checked={restore.has(l.key)} onChange={() => toggle(l.key)} /> Rétablir
                aussi « {l.label || l.path} »
              </label>
              <span className="pp-note">Valeur actuelle : {l.detail || '—'}</span>
            </li>
          ))}
        </ul>
        <div className="pp-actions">
          <button type="button" className="pp-btn" onClick={() => void run([...restore])}>
            Confirmer l’annulation
          </button>
          <button type="button" className="pp-btn pp-btn--secondary" onClick={() => setStage({ s: 'idle' })}>
            Ne rien annuler
          </button>
        </div>
      </section>
    );
  }
  return (
    <button
      type="button"
      className="pp-btn pp-btn--secondary"
      disabled={stage.s === 'asking'}
      onClick={() => void start()}
    >
      {stage.s === 'asking' ? 'Annulation en cours…' : 'Annuler le pré-remplissage'}
    </button>
  );
}
