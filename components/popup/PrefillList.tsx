import { WRITTEN_IF_TICKED } from '@/utils/fill/plan';
import { DECISION_LABELS } from '@/utils/fill/types';
import type { WirePlanItem } from '@/utils/messaging/page-protocol';
import { FieldName } from './FieldName';
import { LongValue } from './LongValue';

interface Props {
  items: WirePlanItem[];
  ticked: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

/** The words of the box that lets a value be written all the same. */
function tickLabel(p: WirePlanItem): string {
  if (p.decision === 'different') return 'Remplacer la valeur de la page';
  return 'Écrire quand même';
}

/**
 * The preview, one block per field, in the page's order: the dossier's name for it (with the
 * group: « Bloc 2 — Intitulé du bloc »), what the page holds, what would be written, in full on
 * demand, and the decision in plain French. Nothing is drawn over the text.
 */
export function PrefillList({ items, ticked, onToggle }: Props) {
  return (
    <ol className="pp-rows" aria-label="Aperçu du pré-remplissage">
      {items.map((p) => {
        const tickable = WRITTEN_IF_TICKED.has(p.decision) && p.writable;
        return (
          <li key={p.key} className="pp-row" data-decision={p.decision} data-path={p.path ?? ''}>
            <div className="pp-row__head">
              <span className="pp-row__name">
                <FieldName path={p.path} label={p.label} />
              </span>
              <span className={`pp-decision pp-d-${p.decision}`}>{DECISION_LABELS[p.decision]}</span>
            </div>
            {p.note && <p className="pp-note">{p.note}</p>}
            <dl className="pp-row__values">
              {p.decision !== 'a_creer' && p.decision !== 'sans_ajout' && !p.key.startsWith('new:') && (
                <>
                  <dt>Sur la page</dt>
                  <dd>
                    <LongValue text={p.current} empty="vide" />
                  </dd>
                </>
              )}
              <dt>Dossier</dt>
              <dd>
                <LongValue text={p.target} empty="pas de valeur" />
              </dd>
            </dl>
            {tickable && (
              <label className="pp-tick">
                <input
                  type="checkbox"
                  aria-label={`${tickLabel(p)} : « ${p.label} »`}
                  checked={ticked.has(p.key)}
                  onChange={() => onToggle(p.key)}
                />{' '}
                {tickLabel(p)}
              </label>
            )}
          </li>
        );
      })}
    </ol>
  );
}
