// Ruled-table geometry as the PDF parser uses it: pdf-parse's ruling detector gives cells in
// viewport space; they become boxes on a grid of columns, with spans.
import type { LineStore } from './pdfjs-runtime.ts'

export interface PdfCellBox {
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number
  readonly col: number // index of the first grid column the cell covers
  readonly colSpan: number
}

export interface PdfTableGeom {
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number
  readonly columns: number
  readonly rows: readonly (readonly PdfCellBox[])[]
}

type TableData = ReturnType<LineStore['getTableData']>[number]

// pdf-parse's TableData in viewport space → boxes with grid columns and spans.
export function toGeom(t: TableData): PdfTableGeom | null {
  if (t.rows.length === 0) return null
  const xs: number[] = []
  for (const row of t.rows) for (const c of row) xs.push(c.minXY.x, c.maxXY.x)
  xs.sort((a, b) => a - b)
  const pivots: number[] = []
  for (const x of xs) if (pivots.length === 0 || x - pivots[pivots.length - 1] > 2) pivots.push(x)
  const colOf = (x: number): number => {
    let best = 0
    for (let i = 1; i < pivots.length; i++) if (Math.abs(pivots[i] - x) < Math.abs(pivots[best] - x)) best = i
    return best
  }
  const rows = t.rows
    .map((row) => row
      .map((c) => {
        const col = colOf(c.minXY.x)
        return { x0: c.minXY.x, y0: c.minXY.y, x1: c.maxXY.x, y1: c.maxXY.y, col, colSpan: Math.max(1, colOf(c.maxXY.x) - col) }
      })
      .sort((a, b) => a.x0 - b.x0))
    .filter((row) => row.length > 0)
    .sort((a, b) => a[0].y0 - b[0].y0)
  if (rows.length === 0) return null
  return { x0: t.minXY.x, y0: t.minXY.y, x1: t.maxXY.x, y1: t.maxXY.y, columns: Math.max(1, pivots.length - 1), rows }
}
