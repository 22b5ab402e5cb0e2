import { textOf, titleText } from './text';

/**
 * Column and row headers of a control laid out in a table (Chromium's TD inference, Bitwarden's
 * label-top): the header cell of the same column (colspans honoured) and the row's `th` (or its
 * first cell when that cell holds no control).
 */

export interface TableHeaders {
  column: string;
  row: string;
  caption: string;
  /** The row: instances of a repeated group often are rows. */
  rowElement: Element;
}

const MAX_UP = 5;

function cellOf(el: Element): Element | null {
  let a: Element | null = el;
  for (let i = 0; a && i < MAX_UP; a = a.parentElement, i++) {
    if (a.tagName === 'TD' || a.tagName === 'TH') return a;
    if (a.tagName === 'TABLE' || a.tagName === 'TR') return null;
  }
  return null;
}

function span(cell: Element): number {
  return Math.max(1, Number(cell.getAttribute('colspan')) || 1);
}

function headerRows(table: Element): Element[] {
  const head = [...table.querySelectorAll(':scope > thead > tr')];
  if (head.length) return head;
  const first = table.querySelector(':scope > tbody > tr, :scope > tr');
  return first && [...first.children].every((c) => c.tagName === 'TH') ? [first] : [];
}

/** Per-scan cache of a table's column headers. */
export type HeaderCache = Map<Element, string[]>;

function columnsOf(table: Element, cache: HeaderCache): string[] {
  let cols = cache.get(table);
  if (cols) return cols;
  cols = [];
  for (const row of headerRows(table)) {
    let index = 0;
    for (const cell of row.children) {
      const text = titleText(cell);
      for (let k = 0; k < span(cell); k++, index++)
        cols[index] = cols[index] ? `${cols[index]} ${text}` : text;
    }
  }
  cache.set(table, cols);
  return cols;
}

/** `cell`: the cell the walk already found above the control (undefined: look for it). */
export function tableHeadersOf(
  el: Element,
  holders: WeakSet<Element>,
  cache: HeaderCache,
  known?: Element | null,
): TableHeaders | null {
  const cell = known === undefined ? cellOf(el) : known;
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return null;
  let index = 0;
  for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) index += span(c);
  const cols = columnsOf(table, cache);
  const inHeader = headerRows(table).includes(row);
  const column = inHeader ? '' : (cols[index] ?? '');
  let rowHeader = '';
  const th = [...row.children].find((c) => c.tagName === 'TH' && c !== cell);
  const first = row.firstElementChild;
  if (th) rowHeader = titleText(th);
  else if (first && first !== cell && !holders.has(first)) rowHeader = textOf(first);
  const caption = table.querySelector(':scope > caption');
  return { column, row: rowHeader, caption: caption ? textOf(caption) : '', rowElement: row };
}
