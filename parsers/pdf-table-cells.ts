// Puts each text run of a page either into a cell of one of the page's ruled tables (geometry from
// pdf-parse's ruling detector) or into the page's text flow. Cell text becomes cell lines.
import type { PdfCellBox, PdfItem, PdfPage, PdfTableGeom } from './pdf-engine.ts'
import { buildLines, type PdfLine } from './pdf-text-lines.ts'

export interface RawCell {
  readonly col: number
  colSpan: number
  readonly x0: number
  x1: number
  lines: PdfLine[]
  // first lines of parts continued from the previous page: 'page' if the line carries on the text
  // above the page break, 'new' if blank space above it opens a new paragraph
  readonly partStarts: Map<PdfLine, 'page' | 'new'>
}

export interface RawRow {
  cells: RawCell[]
}

export interface PageTable {
  readonly page: number
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
  readonly columns: number
  readonly colXs: readonly number[] // left edge of every grid column
  rows: RawRow[]
}

const anchor = (it: PdfItem): [number, number] => [it.x + Math.min(1, it.w / 2), it.y - 0.2 * it.size]

const inside = (b: { x0: number; y0: number; x1: number; y1: number }, x: number, y: number): boolean =>
  x >= b.x0 - 0.5 && x <= b.x1 + 0.5 && y >= b.y0 - 0.5 && y <= b.y1 + 0.5

// The cell of `t` holding point (x, y): binary search over rows, then a short scan of the row.
function findCell(t: PdfTableGeom, x: number, y: number): [number, number] | null {
  let lo = 0
  let hi = t.rows.length - 1
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1
    if (t.rows[m][0].y0 <= y) lo = m
    else hi = m - 1
  }
  // the row band holding y, else a row above whose cell spans down over it (merged rows)
  for (let r = lo; r >= 0; r--) {
    const c = t.rows[r].findIndex((cell) => inside(cell, x, y))
    if (c >= 0) return [r, c]
  }
  return null
}

// Cheap test before the ruling analysis: ruled tables put text runs side by side on one baseline
// with at least two cell paddings between them; body text never leaves such a gap (≤ 0.5 em).
export function mayHoldTable(items: readonly PdfItem[]): boolean {
  const solid = items.filter((it) => it.str.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x)
  for (let i = 1; i < solid.length; i++) {
    const a = solid[i - 1]
    const b = solid[i]
    if (Math.abs(b.y - a.y) < 0.3 * b.size && b.x - (a.x + a.w) > 0.8 * b.size) return true
  }
  return false
}

export function splitTables(page: PdfPage): { flow: PdfItem[]; tables: PageTable[] } {
  if (page.tables.length === 0) return { flow: [...page.items], tables: [] }
  const buckets = page.tables.map((t) => t.rows.map((row) => row.map((): PdfItem[] => [])))
  const flow: PdfItem[] = []
  for (const it of page.items) {
    const [x, y] = anchor(it)
    let placed = false
    for (let ti = 0; ti < page.tables.length && !placed; ti++) {
      const t = page.tables[ti]
      if (!inside(t, x, y)) continue
      const hit = findCell(t, x, y)
      if (hit) {
        buckets[ti][hit[0]][hit[1]].push(it)
        placed = true
      }
    }
    if (!placed) flow.push(it)
  }
  const tables: PageTable[] = []
  page.tables.forEach((t, ti) => {
    const rows = t.rows.map((row, ri) => ({ cells: row.map((box, ci) => toCell(box, buckets[ti][ri][ci], page)) }))
    if (!rows.some((r) => r.cells.some((c) => c.lines.length > 0))) return // a frame, not a table
    const colXs = [...new Set(t.rows.flatMap((r) => r.map((c) => c.col)))]
      .sort((a, b) => a - b)
      .map((col) => Math.min(...t.rows.flatMap((r) => r.filter((c) => c.col === col).map((c) => c.x0))))
    for (const row of rows) spanOverflow(row)
    tables.push({ page: page.num, x0: t.x0, y0: t.y0, x1: t.x1, y1: t.y1, columns: t.columns, colXs, rows })
  })
  return { flow, tables }
}

function toCell(box: PdfCellBox, items: PdfItem[], page: PdfPage): RawCell {
  return {
    col: box.col, colSpan: box.colSpan, x0: box.x0, x1: box.x1,
    lines: items.length ? buildLines(items, page.num, page.fonts) : [],
    partStarts: new Map(),
  }
}

// A label whose text runs over the next (empty) cells is a merged group cell ("PHÒNG NỘI VỤ"):
// it absorbs the empty cells up to the next cell with text.
function spanOverflow(row: RawRow): void {
  const cells = row.cells
  for (let i = 0; i < cells.length - 1; i++) {
    const cell = cells[i]
    const textEnd = Math.max(-Infinity, ...cell.lines.map((l) => l.x1))
    if (textEnd <= cells[i + 1].x0 + 2) continue
    while (i + 1 < cells.length && cells[i + 1].lines.length === 0) {
      const next = cells.splice(i + 1, 1)[0]
      cell.colSpan += next.colSpan
      cell.x1 = next.x1
    }
  }
}
