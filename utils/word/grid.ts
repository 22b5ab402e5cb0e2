/** A table as a grid of cells, merged cells (colspan, rowspan) repeated in every slot they cover. */
export interface GridCell {
  el: HTMLTableCellElement;
  /** True in the slots a merged cell covers beyond its first. */
  repeated: boolean;
}

export function tableGrid(table: HTMLTableElement): GridCell[][] {
  const grid: GridCell[][] = [];
  Array.from(table.rows).forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (grid[r]![c]) c++;
      const rs = Math.max(1, cell.rowSpan || 1);
      const cs = Math.max(1, cell.colSpan || 1);
      for (let i = 0; i < rs; i++)
        for (let j = 0; j < cs; j++) {
          grid[r + i] ??= [];
          grid[r + i]![c + j] = { el: cell, repeated: i > 0 || j > 0 };
        }
      c += cs;
    }
  });
  return grid;
}
