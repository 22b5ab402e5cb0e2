import { useEffect, useId, useRef, useState } from 'react';
import { ADD_DELAY_MS } from '../controls/later';
import type { Repertoire } from '../data/enums';
import { type Column, columnsFor, emptyRow, type PromotionRow } from './columns';
import { publishState } from './state';

interface Props {
  demandeId: string;
  repertoire: Repertoire;
  initial: PromotionRow[];
  onChange: (rows: PromotionRow[]) => void;
}

/**
 * Promotions table rendered by React 19 with controlled inputs; labels come only from `<th>`.
 * « Ajouter une année » asks the « server »: the row arrives after a delay. Added rows have
 * their own « Supprimer ».
 */
export function PromotionsTable({ demandeId, repertoire, initial, onChange }: Props) {
  const [rows, setRows] = useState(initial);
  const [adding, setAdding] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const addYear = () => {
    if (adding) return;
    setAdding(true);
    timer.current = window.setTimeout(() => {
      setRows((current) => [...current, emptyRow(repertoire)]);
      setAdding(false);
    }, ADD_DELAY_MS);
  };
  const removeRow = (index: number) => setRows((current) => current.filter((_, i) => i !== index));
  const columns = columnsFor(repertoire);
  const idBase = useId();
  const state = { section: 'promotions' as const, demande: demandeId, repertoire, promotions: rows };

  useEffect(() => {
    publishState({ section: 'promotions', demande: demandeId, repertoire, promotions: rows });
    onChange(rows);
  }, [rows, demandeId, repertoire, onChange]);

  const update = (index: number, column: Column, value: string) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [column.key]: value } : row)));
  const total = rows.reduce((sum, row) => sum + (Number(row.nombreCertifies) || 0), 0);

  return (
    <>
      <div className="fr-table fr-table--bordered cp-table-form">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Résultats par promotion de titulaires</caption>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th scope="col" key={column.key}>
                        {column.header}
                        {column.required && (
                          <span className="cp-required" aria-hidden="true">
                            {'\u00a0*'}
                          </span>
                        )}
                      </th>
                    ))}
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are appended and removed, never reordered
                    <tr key={index}>
                      {columns.map((column) => (
                        <td key={column.key}>
                          <input
                            className="fr-input"
                            type="number"
                            id={`${idBase}${index}-${column.key}`}
                            min={column.min}
                            max={column.max}
                            required={column.required}
                            value={row[column.key] ?? ''}
                            onChange={(event) => update(index, column, event.target.value)}
                            data-truth={`promotions[${index}].${column.key}`}
                          />
                        </td>
                      ))}
                      <td>
                        {index > 0 && (
                          <button
                            type="button"
                            className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line fr-btn--icon-left"
                            title={`Supprimer l’année ${row.annee || index + 1}`}
                            onClick={() => removeRow(index)}
                          >
                            Supprimer
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <p className="fr-text--sm">Total des titulaires déclarés : {total}</p>
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-add-line fr-mb-4w"
        disabled={adding}
        aria-busy={adding || undefined}
        onClick={addYear}
      >
        Ajouter une année
      </button>
      <details className="cp-react-state fr-mb-4w">
        <summary>État React (reconstruction)</summary>
        <pre>{JSON.stringify(state, null, 2)}</pre>
      </details>
    </>
  );
}
