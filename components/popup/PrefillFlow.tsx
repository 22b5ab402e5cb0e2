import { useEffect, useState } from 'react';
import { DECISION_LABELS, type PlanDecision } from '@/utils/fill/types';
import type { FillReport, PrefillPreview, TabStanding } from '@/utils/messaging/page-protocol';
import { FillReportView, MissingValues } from './FillReportView';
import { quoted } from './french';
import { GroupCreations } from './GroupCreations';
import { PrefillList } from './PrefillList';
import type { PageClient } from './page-client';
import { UndoFlow } from './UndoFlow';

type Stage =
  | { s: 'loading' }
  | { s: 'preview'; preview: PrefillPreview }
  | { s: 'applying' }
  | { s: 'report'; report: FillReport }
  | { s: 'error'; message: string };

/** « 31 à remplir · 1 différent — laissé tel quel · 2 identiques… », in the table's order of importance. */
function summarise(preview: PrefillPreview): string {
  const counts = new Map<PlanDecision, number>();
  for (const p of preview.items) counts.set(p.decision, (counts.get(p.decision) ?? 0) + 1);
  return [...counts]
    .filter(([d]) => d !== 'sans_valeur')
    .map(([d, n]) => `${n} ${DECISION_LABELS[d]}`)
    .join(' · ');
}

const errorOf = (e: unknown) => ({
  s: 'error' as const,
  message: e instanceof Error ? e.message : String(e),
});

/** « Pré-remplir cette page »: preview → « Appliquer » → report → « Annuler le pré-remplissage ». */
interface Props {
  client: PageClient;
  onClose: () => void;
  /** The page's figures for the request's progress, after the preview and after « Appliquer ». */
  onStanding?: (standing: TabStanding) => void;
}

export function PrefillFlow({ client, onClose, onStanding }: Props) {
  const [stage, setStage] = useState<Stage>({ s: 'loading' });
  const [overwrite, setOverwrite] = useState<Set<string>>(new Set());
  const [hideEmpty, setHideEmpty] = useState(true);
  const [undone, setUndone] = useState(false);
  // The request's progress follows the page as the undo left it.
  const afterUndo = () => {
    setUndone(true);
    if (!onStanding) return;
    client.scan().then(
      (scan) => scan.standing && onStanding(scan.standing),
      () => undefined,
    );
  };

  useEffect(() => {
    client.previewPrefill().then(
      (preview) => {
        setStage({ s: 'preview', preview });
        if (preview.standing) onStanding?.(preview.standing);
      },
      (e) => setStage(errorOf(e)),
    );
  }, [client, onStanding]);

  const toggle = (key: string) =>
    setOverwrite((cur) => {
      const next = new Set(cur);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const apply = async () => {
    setStage({ s: 'applying' });
    try {
      const report = await client.applyPrefill([...overwrite]);
      setStage({ s: 'report', report });
      if (report.standing) onStanding?.(report.standing);
    } catch (e) {
      setStage(errorOf(e));
    }
  };

  return (
    <section aria-label="Pré-remplissage">
      <h2>Pré-remplir cette page</h2>
      {stage.s === 'loading' && <p>Préparation de l’aperçu…</p>}
      {stage.s === 'applying' && (
        <p role="status">
          Écriture des valeurs… Les éléments à créer le sont un par un, avec le bouton de la page : la page
          peut mettre quelques secondes à les montrer.
        </p>
      )}
      {stage.s === 'error' && (
        <p className="pp-msg pp-msg--error" role="alert">
          {stage.message}
        </p>
      )}
      {stage.s === 'preview' && (
        <>
          <p className="popup-note">
            {`Dossier ${quoted(stage.preview.dossier.name)}. Un champ déjà rempli avec une autre valeur est laissé tel quel, sauf si vous cochez ${quoted('Remplacer la valeur de la page')} ; une valeur que Certifill trouve invalide ou trop longue n’est écrite que si vous cochez ${quoted('Écrire quand même')}.`}
          </p>
          <p className="pp-summary" data-testid="prefill-counts">
            {summarise(stage.preview)}
          </p>
          <GroupCreations groups={stage.preview.groups} />
          {stage.preview.items.some((p) => p.decision === 'invisible') && (
            <p className="pp-msg" data-testid="prefill-invisible">
              Les champs que vous ne voyez pas sur la page (onglet non affiché, zone masquée) ne sont jamais
              remplis : ils sont marqués « invisible — non rempli ». Affichez-les, puis pré-remplissez de
              nouveau.
            </p>
          )}
          <label>
            <input type="checkbox" checked={hideEmpty} onChange={(e) => setHideEmpty(e.target.checked)} />{' '}
            Masquer les champs sans valeur dans le dossier
          </label>
          <PrefillList
            items={stage.preview.items.filter((p) => !hideEmpty || p.decision !== 'sans_valeur')}
            ticked={overwrite}
            onToggle={toggle}
          />
          <MissingValues missing={stage.preview.missing} />
          <div className="pp-actions">
            <button type="button" className="pp-btn" onClick={() => void apply()}>
              Appliquer
            </button>
            <button type="button" className="pp-btn pp-btn--secondary" onClick={onClose}>
              Fermer
            </button>
          </div>
        </>
      )}
      {stage.s === 'report' && (
        <>
          {/* Once undone, the fill's report would no longer be true: only the undo's stays. */}
          {!undone && <FillReportView report={stage.report} />}
          <div className="pp-actions">
            {stage.report.undoAvailable && <UndoFlow client={client} onDone={afterUndo} />}
            <button type="button" className="pp-btn pp-btn--secondary" onClick={onClose}>
              Fermer
            </button>
          </div>
        </>
      )}
    </section>
  );
}
