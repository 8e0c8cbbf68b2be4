import type { Cell } from '../schemas/document-model.ts'

// A cell as a table reader found it: its content and how many rows it spans (Word's vertically
// merged cells; 1 when it spans none).
export interface PlacedCell { readonly cell: Cell; readonly rowSpan: number }

// A cell spanning rows leaves a placeholder in each row below, at the grid column it stands in,
// so that every row's cells line up with the header.
export function placeMergedCells(rows: readonly (readonly PlacedCell[])[]): Cell[][] {
  let spans: { col: number; left: number; colSpan: number }[] = []
  return rows.map((placed) => {
    const out: Cell[] = []
    let col = 0
    const fill = (): void => {
      for (let s = spans.find((x) => x.col === col && x.left > 0); s; s = spans.find((x) => x.col === col && x.left > 0)) {
        out.push({ paragraphs: [''], colSpan: s.colSpan, mergedAbove: true })
        s.left--
        col += s.colSpan
      }
    }
    const started: typeof spans = []
    for (const { cell, rowSpan } of placed) {
      fill()
      if (rowSpan > 1) started.push({ col, left: rowSpan - 1, colSpan: cell.colSpan })
      out.push(cell)
      col += cell.colSpan
    }
    fill()
    spans = [...spans.filter((s) => s.left > 0), ...started]
    return out
  })
}

// A positive span as written, else 1.
export const spanOf = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 1)
