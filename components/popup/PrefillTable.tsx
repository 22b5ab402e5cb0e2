import { DECISION_LABELS } from '@/utils/fill/types';
import type { WirePlanItem } from '@/utils/messaging/page-protocol';
import { FieldName } from './FieldName';

interface Props {
  items: WirePlanItem[];
  overwrite: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

/** Champ, valeur actuelle, valeur à écrire, décision; a box to overwrite a differing value. */
export function PrefillTable({ items, overwrite, onToggle }: Props) {
  return (
    <div className="pp-scroll">
      <table className="pp-table" aria-label="Aperçu du pré-remplissage">
        <thead>
          <tr>
            <th scope="col" className="pp-col-field">
              Champ
            </th>
            <th scope="col">Valeur actuelle</th>
            <th scope="col">Valeur à écrire</th>
            <th scope="col">Décision</th>
            <th scope="col" className="pp-col-box">
              Remplacer
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.key} data-decision={p.decision} data-path={p.path ?? ''}>
              <td>
                <FieldName path={p.path} label={p.label} />
              </td>
              <td className="pp-val" title={p.current}>
                {p.current || '—'}
              </td>
              <td className="pp-val" title={p.target}>
                {p.target || '—'}
              </td>
              <td className={`pp-decision pp-d-${p.decision}`}>
                {DECISION_LABELS[p.decision]}
                {p.note && <span className="pp-note">{p.note}</span>}
              </td>
              <td>
                {p.decision === 'different' && p.writable && (
                  <input
                    type="checkbox"
                    aria-label={`Remplacer la valeur de « ${p.label} »`}
                    checked={overwrite.has(p.key)}
                    onChange={() => onToggle(p.key)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
