// Ruled tables across pages: a table that opens a page right after a table that closed the previous
// page with the same grid continues it. Header rows repeated at the page break are dropped (the
// first copy is marked header), and a first row without its number (empty STT/TT cell) is the
// rest of the previous page's last row. Cells become paragraphs; blank lines inside a cell become
// empty paragraphs, as the .docx has them to align items across columns.
import type { Cell, Row, TableBlock } from '../schemas/document-model.ts'
import { toParagraphs, type Para } from './pdf-paragraphs.ts'
import type { PageTable, RawCell, RawRow } from './pdf-table-cells.ts'
import type { PdfLine } from './pdf-text-lines.ts'

export interface DocTable {
  readonly page: number
  readonly columns: number
  readonly colXs: readonly number[]
  readonly rows: RawRow[]
  headerRows: number
}

export const startTable = (t: PageTable): DocTable =>
  ({ page: t.page, columns: t.columns, colXs: t.colXs, rows: [...t.rows], headerRows: 0 })

const cellText = (c: RawCell): string => c.lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim()
// Compared without diacritics, case or punctuation: a header repeated on a scanned page is read
// again by OCR, and not always alike ("Tiêu chí thành phần" / "Tiều chí thành phân").
const rowKey = (r: RawRow): string => r.cells.map((c) => cellText(c).normalize('NFD').replace(/\p{M}/gu, '')
  .replace(/đ/giu, 'd').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()).join('\u0001')
const rowEmpty = (r: RawRow): boolean => r.cells.every((c) => c.lines.length === 0)

// The same column lines, allowing the whole grid a small shift: a scanned sheet lies a few
// points off where the one before lay on the scanner's glass (up to ~4 mm), its columns keep
// their widths.
const MAX_SHIFT = 12
export const sameGrid = (a: DocTable, b: PageTable): boolean => {
  if (a.columns !== b.columns || a.colXs.length !== b.colXs.length || a.colXs.length === 0) return false
  const shift = b.colXs[0] - a.colXs[0]
  return Math.abs(shift) <= MAX_SHIFT && a.colXs.every((x, i) => Math.abs(x + shift - b.colXs[i]) < 3)
}

// How many leading rows of `t` repeat the leading rows of `doc`.
function repeatedRows(doc: DocTable, t: PageTable): number {
  let k = 0
  while (k < t.rows.length && k < doc.rows.length - 1 && !rowEmpty(t.rows[k]) &&
    rowKey(t.rows[k]) === rowKey(doc.rows[k])) k++
  return k
}

// A page's table that only repeats the header of `doc` (the header LibreOffice repeats on a page
// where the table has nothing left) carries no data.
export const onlyRepeatsHeader = (doc: DocTable, t: PageTable): boolean =>
  sameGrid(doc, t) && t.rows.length > 0 && repeatedRows(doc, t) === t.rows.filter((r) => !rowEmpty(r)).length

// a row number: "3", "II", "1.1.2"
const NUMBER = /^(?:\d{1,3}(?:\.\d{1,2}){0,4}|[IVX]{1,5})[.)]?$/

export function appendContinuation(doc: DocTable, t: PageTable): void {
  const k = repeatedRows(doc, t)
  doc.headerRows = Math.max(doc.headerRows, k)
  const rest = t.rows.slice(k).filter((r) => !rowEmpty(r))
  const last = doc.rows[doc.rows.length - 1]
  const numbered = doc.rows.slice(doc.headerRows).some((r) => NUMBER.test(cellText(r.cells[0])))
  const first = rest[0]
  if (first && last && numbered && first.cells[0]?.lines.length === 0 && doc.rows.length > doc.headerRows) {
    rest.shift()
    const top = Math.min(...first.cells.flatMap((c) => c.lines.map((l) => l.y)))
    for (const cell of first.cells) {
      const head = cell.lines[0]
      const target = last.cells.find((c) => c.col <= cell.col && cell.col < c.col + c.colSpan)
      if (!head || !target) continue
      target.partStarts.set(head, head.y - top > 0.6 * head.size ? 'new' : 'page')
      target.lines = [...target.lines, ...cell.lines]
    }
  }
  doc.rows.push(...rest)
}

export function toTableBlock(doc: DocTable): TableBlock {
  if (doc.headerRows === 0 && doc.rows.length > 1 && allBold(doc.rows[0])) doc.headerRows = 1
  const rows: Row[] = doc.rows.map((row, i) => ({ cells: rowCells(row), header: i < doc.headerRows }))
  return { type: 'table', rows, page: doc.page, role: 'data' }
}

const allBold = (r: RawRow): boolean => {
  const lines = r.cells.flatMap((c) => c.lines)
  return lines.length > 0 && lines.every((l) => l.bold)
}

function rowCells(row: RawRow): Cell[] {
  // top baseline of the row on each page it occupies (blank lines are measured from there)
  const top = new Map<number, number>()
  for (const c of row.cells) for (const l of c.lines) top.set(l.page, Math.min(top.get(l.page) ?? Infinity, l.y))
  return row.cells.map((c) => ({ paragraphs: cellParagraphs(c, top), colSpan: c.colSpan }))
}

function cellParagraphs(cell: RawCell, top: ReadonlyMap<number, number>): string[] {
  if (cell.lines.length === 0) return ['']
  const left = Math.min(...cell.lines.map((l) => l.x0))
  const pad = Math.min(8, Math.max(1, left - cell.x0))
  const geo = { left, right: cell.x1 - pad }
  const paras = toParagraphs(cell.lines, () => geo, (l) => cell.partStarts.get(l))
  const out: string[] = []
  let prev: Para | undefined
  for (const p of paras) {
    const first = p.lines[0]
    const prevLast = prev?.lines[prev.lines.length - 1]
    const from: PdfLine | undefined = prevLast && prevLast.page === first.page && !cell.partStarts.has(first)
      ? prevLast : undefined
    const gap = from ? first.y - from.y : first.y - (top.get(p.page) ?? first.y)
    const blank = Math.round(gap / (1.15 * first.size)) - (from ? 1 : 0)
    for (let i = 0; i < Math.min(blank, 50); i++) out.push('')
    out.push(p.text)
    prev = p
  }
  return out
}
