import type { Cell, Row, TableBlock } from '../schemas/document-model.ts'
import { markRepeatedHeaders } from './html-table.ts'

// Tables flattened to text: one row per line, cells separated by tabs (Word "save as text")
// or by pipes (markdown). Rows of one table are consecutive lines.

export type CellText = (raw: string) => string

const tabCount = (line: string): number => line.split('\t').length - 1

// A line opens a tab table when it has at least two tabs; once open, any line with a tab
// continues it (a row may have fewer cells than the widest one).
export const opensTabTable = (line: string): boolean => tabCount(line) >= 2
const continuesTabTable = (line: string): boolean => line.trim() !== '' && tabCount(line) >= 1

const PIPE_ROW = /^\s*\|.*\|\s*$/
// a delimiter cell has at least one dash, aligned or not (":-:", "---", ":--")
const PIPE_DELIMITER = /^\s*\|(\s*:?-+:?\s*\|)+\s*$/
export const opensPipeTable = (line: string): boolean => PIPE_ROW.test(line)

const COLUMN_NUMBERS = /^\(\d+\)$/
const NUMBER = /^\d+[.)]?$/

function toCell(raw: string, cellText: CellText): Cell {
  const text = cellText(raw)
  return { paragraphs: text === '' ? [''] : text.split('\n'), colSpan: 1 }
}

const cellString = (cell: Cell): string => cell.paragraphs.join('\n')

// A group label over otherwise empty cells ("PHÒNG NỘI VỤ\t\t\t\t\t") was a merged cell:
// it absorbs the empty cells that follow it, as in the Word original.
export function mergeGroupLabel(cells: Cell[]): Cell[] {
  const filled = cells.filter((c) => cellString(c) !== '').length
  const label = cellString(cells[0])
  if (cells.length < 3 || filled > 2 || label === '' || NUMBER.test(label)) return cells
  let span = 1
  while (span < cells.length && cellString(cells[span]) === '') span++
  return [{ ...cells[0], colSpan: span }, ...cells.slice(span)]
}

// The first row is a header when it reads as column titles: every cell filled, none a
// number, and either written in capitals or followed by numbered rows.
export function looksLikeHeader(rows: Row[]): boolean {
  if (rows.length < 2) return false
  const first = rows[0].cells.map(cellString)
  if (first.some((t) => t === '' || NUMBER.test(t))) return false
  const capitals = first.every((t) => t === t.toLocaleUpperCase('vi'))
  const numberedBelow = rows.slice(1).some((r) => NUMBER.test(cellString(r.cells[0])) || r.cells.every((c) => COLUMN_NUMBERS.test(cellString(c))))
  return capitals || numberedBelow
}

export function finishTable(rows: Row[]): TableBlock {
  if (looksLikeHeader(rows)) rows[0].header = true
  for (const row of rows) if (row.cells.length > 1 && row.cells.every((c) => COLUMN_NUMBERS.test(cellString(c)))) row.header = true
  markRepeatedHeaders(rows)
  return { type: 'table', rows, role: 'data' }
}

// Reads a tab table starting at `start`; returns the block and the index after it.
export function readTabTable(lines: readonly string[], start: number, cellText: CellText): { block: TableBlock; next: number } {
  const rows: Row[] = []
  const width = tabCount(lines[start]) + 1
  let i = start
  for (; i < lines.length; i++) {
    if (i === start || continuesTabTable(lines[i])) {
      rows.push({ cells: mergeGroupLabel(lines[i].split('\t').map((raw) => toCell(raw, cellText))), header: false })
    } else if (spansRow(lines, i)) {
      rows.push({ cells: [{ ...toCell(lines[i], cellText), colSpan: width }], header: false })
    } else break
  }
  return { block: finishTable(rows), next: i }
}

// A browser's text of a table (what copying a web page gives) writes a row whose one cell
// spans the table ("PHÒNG NỘI VỤ") as a line without tabs between the tab-separated rows.
const MAX_SPANNING_ROW = 120
const spansRow = (lines: readonly string[], i: number): boolean =>
  lines[i].trim() !== '' && lines[i].length <= MAX_SPANNING_ROW && tabCount(lines[i]) === 0 && opensTabTable(lines[i + 1] ?? '')

// Reads a markdown pipe table; the row above the |---| delimiter is the header.
export function readPipeTable(lines: readonly string[], start: number, cellText: CellText): { block: TableBlock; next: number } {
  const rows: Row[] = []
  let i = start
  for (; i < lines.length && PIPE_ROW.test(lines[i]); i++) {
    if (PIPE_DELIMITER.test(lines[i])) {
      if (rows.length > 0) rows[rows.length - 1].header = true
      continue
    }
    const inner = lines[i].trim().replace(/^\||\|$/g, '')
    const raws = inner.split(/(?<!\\)\|/).map((s) => s.replace(/\\\|/g, '|'))
    rows.push({ cells: raws.map((raw) => toCell(raw, cellText)), header: false })
  }
  return { block: finishTable(rows), next: i }
}
