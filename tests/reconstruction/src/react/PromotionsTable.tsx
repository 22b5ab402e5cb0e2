import { useEffect, useId, useState } from 'react';
import type { Repertoire } from '../data/enums';
import { type Column, columnsFor, emptyRow, type PromotionRow } from './columns';
import { publishState } from './state';

interface Props {
  demandeId: string;
  repertoire: Repertoire;
  initial: PromotionRow[];
  onChange: (rows: PromotionRow[]) => void;
}

/** Promotions table rendered by React 19 with controlled inputs; labels come only from `<th>`. */
export function PromotionsTable({ demandeId, repertoire, initial, onChange }: Props) {
  const [rows, setRows] = useState(initial);
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
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are only appended, never reordered
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
        onClick={() => setRows((current) => [...current, emptyRow(repertoire)])}
      >
        Ajouter une promotion
      </button>
      <details className="cp-react-state fr-mb-4w">
        <summary>État React (reconstruction)</summary>
        <pre>{JSON.stringify(state, null, 2)}</pre>
      </details>
    </>
  );
}
