import type { Block, Cell, Row } from '../schemas/document-model.ts'
import { normalizeBlockText } from './text-normalize.ts'
import { linesToBlocks } from './text-lines.ts'
import { finishTable, mergeGroupLabel } from './text-table.ts'

// The body text of a legacy Word document as word-extractor gives it: paragraphs end in "\n";
// in a table every cell ends in "\t" and a row's last cell in "\t\n", the paragraphs inside a
// cell are separated by "\n". So a row is read up to a line that ends in a tab. Where a row's
// first cell opens with paragraphs of its own the start of the row is not marked: before a
// table they read as paragraphs (the header's "ỦY BAN NHÂN DÂN" above "HUYỆN …"), inside a
// table as the first cell's paragraphs.

const toCell = (raw: string): Cell => {
  const paragraphs = raw.split('\n').map(normalizeBlockText)
  return { paragraphs: paragraphs.length ? paragraphs : [''], colSpan: 1 }
}

export function docBodyToBlocks(body: string): Block[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  let prose: string[] = []
  let rows: Row[] = []
  let row: string[] = []
  const flushProse = () => { if (prose.length) blocks.push(...linesToBlocks(prose.join('\n'), { markdown: false }).blocks); prose = [] }
  let width = 0 // cells in the current table's first row
  const flushTable = () => { if (rows.length) blocks.push(finishTable(rows)); rows = []; width = 0 }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.endsWith('\t') && (row.length > 0 || CELL_TAB.test(line) || rows.length > 0) && endsRow([...row, line], width, lines[i + 1])) {
      row.push(line.slice(0, -1))
      flushProse()
      const cells = row.join('\n').split('\t').map(toCell)
      if (rows.length === 0) width = cells.length
      rows.push({ cells: mergeGroupLabel(cells), header: false })
      row = []
    } else if (row.length || CELL_TAB.test(line) || (rows.length && rowFollows(lines, i, width, rowWidth(rows)))) {
      row.push(line)
    } else {
      flushTable()
      prose.push(line.replace(/^\t+/, '')) // a paragraph's leading tabs are its indent
    }
  }
  flushTable()
  if (row.length) prose.push(...row) // an unterminated row: keep its text
  flushProse()
  return blocks
}

// "\t\n" ends the row's last cell and the row, but also a cell whose neighbour opens with an
// empty paragraph (Word users align items across columns with those). A row is complete once
// it has the table's width in cells; short of that, an empty line after the tab is the next
// cell's empty paragraph, anything else the next row (a group row of one merged cell).
function endsRow(rowLines: readonly string[], width: number, next: string | undefined): boolean {
  const text = rowLines.join('\n')
  const cells = text.split('\t').length - 1
  if (width === 0 || cells >= width || next === undefined || next.trim() !== '') return true
  // a group row ("PHÒNG NỘI VỤ") is one merged cell; a row number ("1") opens an ordinary row
  return cells === 1 && isGroupLabel(text.slice(0, -1))
}

const isGroupLabel = (t: string): boolean => {
  const letters = t.replace(/[^\p{L}]/gu, '')
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi')
}

// A tab after some text ends a cell; tabs at the start of a line are a paragraph's indent.
const CELL_TAB = /[^\t]\t/

// Inside a table, a line that is no row of its own (no cell tab: an empty or multi-paragraph
// first cell) opens the next row when the table's width in cells follows, the last ending a line.
// Only in a data table: the two-column header and closing tables are followed by body text.
// The window counts non-empty lines. The row ends in as many cells as the table's widest row so
// far: a row of more cells is another table's, with the text before it between the two
// ("II. NHIỆM VỤ KHẮC PHỤC").
const ROW_WINDOW = 40
const rowWidth = (rows: readonly Row[]): number => Math.max(...rows.map((r) => r.cells.length))
function rowFollows(lines: readonly string[], from: number, width: number, widest: number): boolean {
  if (width < 3 || lines[from].trim() === '') return false // an empty line between tables ends this one
  let cells = 0
  let seen = 0
  for (let i = from; i < lines.length && seen < ROW_WINDOW; i++) {
    if (lines[i].trim() !== '') seen++ // a cell's empty paragraphs cost nothing
    cells += lines[i].split('\t').length - 1
    if (cells >= width) return cells <= widest && lines[i].endsWith('\t')
    // a row of fewer cells ends first: a table of another width (text between two tables)
    if (lines[i].endsWith('\t') && lines[i + 1]?.trim() !== '') return false
  }
  return false
}
