import { useId, useState } from 'react';
import { DateInput } from '@/components/editor/DateInput';
import { todayIso } from '@/utils/criteria';
import { DueNotice } from './DueNotice';
import { IgnoredLines } from './IgnoredLines';
import type { DossierRules } from './labels';
import { PreviewItem } from './PreviewItem';
import { chooseCriterion, deadlineFor, type Preview, type PreviewEntry, toConfirm } from './preview';
import { ReceiptHint } from './ReceiptHint';

interface Props {
  preview: Preview;
  rules: DossierRules;
  onChange: (entries: PreviewEntry[]) => void;
  /** Restores an ignored line (by its index in the letter) as a remark. */
  onRestore: (line: number) => void;
  onTrack: (receivedOn: string | null) => Promise<void>;
  onDiscard: () => void;
}

/** The comments found in the pasted request, before they are tracked. */
export function PreviewList({ preview, rules, onChange, onRestore, onTrack, onDiscard }: Props) {
  const dateId = useId();
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [busy, setBusy] = useState(false);
  const { entries } = preview;
  const selected = entries.filter((e) => e.selected).length;
  const pending = entries.filter(toConfirm).length;
  // A cleared « Reçue le » counts as today (the deadline shown), but is stored as not given.
  const receivedOrToday = receivedOn === '' ? todayIso() : receivedOn;
  const deadline = deadlineFor(preview, receivedOrToday);
  const update = (key: string, f: (e: PreviewEntry) => PreviewEntry) =>
    onChange(entries.map((e) => (e.key === key ? f(e) : e)));
  const track = () => {
    setBusy(true);
    onTrack(receivedOn === '' ? null : receivedOn).finally(() => setBusy(false));
  };

  return (
    <section className="cm-preview" aria-labelledby={`${dateId}-title`}>
      <h3 id={`${dateId}-title`} className="cm-subtitle">
        {entries.length === 0
          ? 'Aucune remarque trouvée'
          : `${entries.length} remarque${entries.length > 1 ? 's' : ''} trouvée${entries.length > 1 ? 's' : ''}`}
      </h3>
      <div className="cm-letter-dates">
        <DueNotice dueOn={deadline?.dueOn ?? null} words={deadline?.words ?? null} />
        <label className="cm-date" htmlFor={dateId}>
          Reçue le
          <DateInput
            id={dateId}
            value={receivedOn}
            onChange={(v) => setReceivedOn(v ?? '')}
            className="cm-date__input"
          />
        </label>
        <ReceiptHint deadline={deadline} receivedOn={receivedOrToday} />
      </div>
      {pending > 0 && (
        <p className="cm-notice cm-notice--warning" role="status">
          {pending === 1
            ? '1 rattachement est à confirmer : il n’est pas coché pour le suivi.'
            : `${pending} rattachements sont à confirmer : ils ne sont pas cochés pour le suivi.`}{' '}
          Vérifiez le critère proposé, confirmez-le ou choisissez-en un autre.
        </p>
      )}
      {preview.notice && (
        <p className="cm-notice cm-notice--warning" role="status">
          {preview.notice} Collez le reste de la demande séparément si nécessaire.
        </p>
      )}
      {entries.length === 0 ? (
        <p className="cm-notice">
          Aucune remarque n’a été trouvée dans ce texte. Vérifiez qu’il s’agit bien de la demande de
          compléments de l’instructeur (une remarque par paragraphe ou par élément de liste).
        </p>
      ) : (
        <ol className="cm-list">
          {entries.map((e, i) => (
            <PreviewItem
              key={e.key}
              entry={e}
              index={i}
              rules={rules}
              onChoose={(n) => update(e.key, (x) => chooseCriterion(x, rules, n))}
              onToggle={(on) => update(e.key, (x) => ({ ...x, selected: on }))}
              onConfirm={() => update(e.key, (x) => ({ ...x, criterionByUser: true, selected: true }))}
            />
          ))}
        </ol>
      )}
      <IgnoredLines lines={preview.ignored} onRestore={onRestore} />
      <div className="cm-actions cm-actions--end">
        <button type="button" className="cm-button cm-button--secondary" onClick={onDiscard}>
          Effacer
        </button>
        <button type="button" className="cm-button" disabled={selected === 0 || busy} onClick={track}>
          Suivre ces remarques{selected > 0 ? ` (${selected})` : ''}
        </button>
      </div>
    </section>
  );
}
