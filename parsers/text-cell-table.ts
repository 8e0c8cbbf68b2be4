import type { Cell, Row, TableBlock } from '../schemas/document-model.ts'
import { finishTable } from './text-table.ts'
import type { CellText } from './text-table.ts'

// Tables as some docx-to-text extractors write them: every cell opens with a line that
// starts with a tab, the cell's further paragraphs follow on their own lines (blank lines are
// empty paragraphs), and a blank line ends a row. Example (bc-khacphuc….md):
//   \tTT            \t1                  \t2
//   \tCác tồn tại   \tTiêu chí 1: …      …
//   \tGhi chú       - Tiêu chí 1.2: …
//   (blank)         \t
// The shape is ambiguous, so a table is accepted only when it reads consistently; otherwise
// the caller keeps the lines as paragraphs.

const MIN_WIDTH = 3
const MAX_WIDTH = 15
// The first column holds a row number ("1", "(1)", "TT", "STT", "I", "a)") or nothing.
const MAX_FIRST_CELL = 12
const MAX_HEADER_CELL = 200

const OPENER = /^( *)\t([^\t]*)$/
const isBlank = (line: string): boolean => line.trim() === ''
export const isCellOpener = (line: string): boolean => OPENER.test(line)

// Cells the first row (up to the first blank line) opens: the table's width.
function headerWidth(lines: readonly string[], start: number): number {
  let width = 0
  for (let i = start; i < lines.length && !isBlank(lines[i]); i++) {
    if (isCellOpener(lines[i]) && ++width > MAX_WIDTH) return 0
  }
  return width
}

const nextNonBlank = (lines: readonly string[], from: number): number => {
  let i = from
  while (i < lines.length && isBlank(lines[i])) i++
  return i
}

// One row from `start` (an opener line). A row ends when it has `width` cells and a blank
// line is followed by a new opener, or early at a " \t" line: the spaces there are the next
// row's empty first cell, which some extractors write without its tab.
function readRow(lines: readonly string[], start: number, width: number): { paragraphs: string[][]; next: number } {
  const cells: string[][] = []
  let i = start
  for (; i < lines.length; i++) {
    const line = lines[i]
    const opener = OPENER.exec(line)
    if (opener) {
      const leadingSpaces = opener[1] !== ''
      if (cells.length === width || (cells.length > 0 && leadingSpaces)) break
      if (cells.length === 0 && leadingSpaces) cells.push([''])
      cells.push([opener[2]])
    } else if (isBlank(line)) {
      if (cells.length === width) {
        const after = nextNonBlank(lines, i)
        return { paragraphs: cells, next: after < lines.length && isCellOpener(lines[after]) ? after : i }
      }
      cells[cells.length - 1].push('')
    } else {
      cells[cells.length - 1].push(line)
    }
  }
  return { paragraphs: cells, next: i }
}

function toCell(paragraphs: string[], cellText: CellText): Cell {
  const texts = paragraphs.map((p) => cellText(p))
  // Trailing blank lines separate cells and rows; they are not content.
  while (texts.length > 1 && texts[texts.length - 1] === '') texts.pop()
  return { paragraphs: texts, colSpan: 1 }
}

const cellLength = (cell: Cell): number => cell.paragraphs.join('\n').length

// Reads an opener table starting at `start`, or returns null when the lines there do not
// read as one (ordinary tab-indented paragraphs, a signature block…).
export function readCellTable(lines: readonly string[], start: number, cellText: CellText): { block: TableBlock; next: number } | null {
  if (!isCellOpener(lines[start])) return null
  const width = headerWidth(lines, start)
  if (width < MIN_WIDTH) return null
  const rows: Row[] = []
  let i = start
  while (i < lines.length && isCellOpener(lines[i])) {
    const { paragraphs, next } = readRow(lines, i, width)
    while (paragraphs.length < width) paragraphs.push([''])
    const row: Row = { cells: paragraphs.map((p) => toCell(p, cellText)), header: false }
    // Checked row by row so that prose made of tab-indented lines is given up on at once;
    // a later row that does not fit ends the table and is read as ordinary lines.
    if (rows.length === 0 && !isHeaderLike(row)) return null
    if (rows.length > 0 && cellLength(row.cells[0]) > MAX_FIRST_CELL) break
    rows.push(row)
    i = next
  }
  return rows.length >= 2 ? { block: finishTable(rows), next: i } : null
}

const isHeaderLike = (row: Row): boolean =>
  cellLength(row.cells[0]) <= MAX_FIRST_CELL
  && row.cells.every((c) => cellLength(c) <= MAX_HEADER_CELL && (c.paragraphs.length === 1 || !c.paragraphs.includes('')))
