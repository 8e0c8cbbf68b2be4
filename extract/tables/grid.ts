import type { TableCellView, TableRowView, TableView } from '../linearize.ts'

// A table's cells by grid column: a cell spanning two columns stands in both, so every row lines
// up with the header however its cells are merged.

export interface Grid {
  readonly table: TableView
  readonly width: number
  readonly rows: readonly (readonly (TableCellView | undefined)[])[]
}

export function gridOf(table: TableView): Grid {
  const rows = table.rows.map((row: TableRowView) => {
    const out: (TableCellView | undefined)[] = []
    for (const cell of row.cells) for (let k = 0; k < cell.colSpan; k++) out.push(cell)
    return out
  })
  return { table, width: Math.max(0, ...rows.map((r) => r.length)), rows }
}

// A cell's text on one line. Every reader of a table asks for it (headings, kinds of cells,
// codes, points), several times a cell: it is worked out once per cell.
const TEXT_OF = new WeakMap<TableCellView, string>()
export function cellText(cell: TableCellView | undefined): string {
  if (!cell) return ''
  let text = TEXT_OF.get(cell)
  if (text === undefined) TEXT_OF.set(cell, text = cell.text.replace(/\s+/g, ' ').trim())
  return text
}

// The texts of one grid column over a range of rows (a cell spanning columns counts once per column).
export function columnTexts(g: Grid, col: number, from: number, to = g.rows.length): string[] {
  const out: string[] = []
  for (let r = from; r < to; r++) out.push(cellText(g.rows[r][col]))
  return out
}
