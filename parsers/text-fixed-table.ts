import type { Cell, Row, TableBlock } from '../schemas/document-model.ts'
import { finishTable, mergeGroupLabel, type CellText } from './text-table.ts'

// Tables laid out in fixed-width text, as pandoc writes them in markdown and plain text (and
// as many text exports and e-mails do):
//   grid tables       +------+------+      dash tables     -------------------
//                     | a    | b    |                       STT   CƠ QUAN THỰC
//                     +======+======+                             HIỆN
//                     | 1    | wrapped                     ----- -------------
//                     |      | cell |                       1     TCTP 1.1.1 …
//                     +------+------+                      -------------------
// Columns come from the border (grid) or from the dash segments under the header (dash
// tables); a cell's wrapped lines are joined back into one paragraph.

const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/
// A border inside a row block where a cell spans rows: "|      +------+".
const GRID_PARTIAL_BORDER = /^\s*[|+](?:[-=: ]*[|+])+\s*$/
const GRID_LINE = /^\s*\|.*\|\s*$/
const FULL_DASHES = /^\s*-{10,}\s*$/
const DASH_SEGMENTS = /^\s*-{2,}(?: +-{2,})+\s*$/
const MAX_HEADER_LINES = 6

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === ''

// Joins a cell's lines: consecutive lines are one wrapped paragraph, a blank line separates two.
function toCell(parts: readonly string[], cellText: CellText, colSpan = 1): Cell {
  const paragraphs: string[] = []
  let current: string[] = []
  const flush = () => { if (current.length) paragraphs.push(cellText(current.join(' '))); current = [] }
  for (const p of parts) {
    const line = p.trim()
    if (line === '') flush()
    else if (line.endsWith('\\')) { current.push(line.slice(0, -1).trimEnd()); flush() } // markdown hard break
    else current.push(line)
  }
  flush()
  const kept = paragraphs.filter((p) => p !== '')
  return { paragraphs: kept.length ? kept : [''], colSpan }
}

export const opensFixedTable = (lines: readonly string[], i: number): boolean =>
  GRID_BORDER.test(lines[i]) || FULL_DASHES.test(lines[i]) || DASH_SEGMENTS.test(lines[i]) || DASH_SEGMENTS.test(lines[i + 1] ?? '')

export function readFixedTable(lines: readonly string[], start: number, cellText: CellText): { block: TableBlock; next: number } | null {
  if (GRID_BORDER.test(lines[start])) return readGridTable(lines, start, cellText)
  return readDashTable(lines, start, cellText)
}

function readGridTable(lines: readonly string[], start: number, cellText: CellText): { block: TableBlock; next: number } | null {
  const border = lines[start]
  const edges = [...border.matchAll(/\+/g)].map((m) => m.index)
  const rows: Row[] = []
  let block: string[] = []
  let i = start + 1
  for (; i < lines.length; i++) {
    const line = lines[i]
    if (GRID_BORDER.test(line) || (GRID_PARTIAL_BORDER.test(line) && line.includes('-'))) {
      if (block.length) rows.push(gridRow(block, edges, cellText))
      if (line.includes('=')) for (const r of rows) r.header = true
      block = []
      if (GRID_BORDER.test(line) && isBlank(lines[i + 1])) { i++; break }
      continue
    }
    if (!GRID_LINE.test(line)) break
    block.push(line)
  }
  if (block.length) rows.push(gridRow(block, edges, cellText))
  if (rows.length === 0) return null
  return { block: finishTable(rows.map((r) => ({ ...r, cells: mergeGroupLabel(r.cells) }))), next: i }
}

// A row's cells end at the column edges where every line of the row has a "|"; an edge
// without one is inside a cell that spans columns.
function gridRow(block: readonly string[], edges: readonly number[], cellText: CellText): Row {
  const inner = edges.slice(1, -1).filter((e) => block.every((l) => l[e] === '|'))
  const bounds = [edges[0], ...inner, edges[edges.length - 1]]
  const cells: Cell[] = []
  for (let c = 0; c + 1 < bounds.length; c++) {
    const span = edges.filter((e) => e > bounds[c] && e <= bounds[c + 1]).length
    cells.push(toCell(block.map((l) => l.slice(bounds[c] + 1, bounds[c + 1])), cellText, span))
  }
  return { cells, header: false }
}

// Pandoc's simple tables (one line per row, ended by a blank line) and multiline tables
// (opened and closed by a full dash line, rows separated by blank lines), with or without
// a header.
function readDashTable(lines: readonly string[], start: number, cellText: CellText): { block: TableBlock; next: number } | null {
  const opened = FULL_DASHES.test(lines[start])
  const headerless = DASH_SEGMENTS.test(lines[start])
  let seg = opened ? start + 1 : start
  while (!headerless && seg < lines.length && seg - start <= MAX_HEADER_LINES && !DASH_SEGMENTS.test(lines[seg]) && !isBlank(lines[seg])) seg++
  if (!DASH_SEGMENTS.test(lines[seg] ?? '')) return null
  const multiline = opened || (headerless && blankBeforeClose(lines, seg + 1))
  const cuts = [...lines[seg].matchAll(/-+/g)].map((m) => m.index)
  const headerLines = lines.slice(opened ? start + 1 : start, seg)
  const body: string[][] = []
  let group: string[] = []
  let i = seg + 1
  const closes = (line: string) => FULL_DASHES.test(line) || DASH_SEGMENTS.test(line)
  for (; i < lines.length; i++) {
    const line = lines[i]
    if (closes(line)) { i++; break }
    if (isBlank(line)) {
      if (group.length) body.push(group)
      group = []
      if (!multiline || isBlank(lines[i + 1])) break // a simple table ends at a blank line
      continue
    }
    if (multiline) group.push(line)
    else body.push([line])
  }
  if (group.length) body.push(group)
  if (body.length === 0 && headerLines.length === 0) return null
  const toRow = (rowLines: readonly string[], header: boolean): Row => ({
    cells: mergeGroupLabel(cuts.map((cut, c) => toCell(rowLines.map((l) => l.slice(cut, cuts[c + 1] ?? l.length)), cellText))),
    header,
  })
  const rows = [...(headerLines.length ? [toRow(headerLines, true)] : []), ...body.map((b) => toRow(b, false))]
  return { block: finishTable(rows), next: i }
}

// A headerless table is multiline when a blank line separates rows before its closing dashes.
function blankBeforeClose(lines: readonly string[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    if (FULL_DASHES.test(lines[i]) || DASH_SEGMENTS.test(lines[i])) return false
    if (isBlank(lines[i])) return !isBlank(lines[i + 1])
  }
  return false
}
