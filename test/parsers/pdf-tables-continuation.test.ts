import { describe, expect, it } from 'vitest'
import { onlyRepeatsHeader, sameGrid, startTable } from '../../parsers/pdf-tables.ts'
import type { PageTable, RawRow } from '../../parsers/pdf-table-cells.ts'
import type { PdfLine } from '../../parsers/pdf-text-lines.ts'

// Tables across the pages of a scan: the sheet lies a little off on the glass, and the repeated
// header is read again by OCR, not always alike.
const line = (text: string): PdfLine => ({ text, y: 100, size: 12 } as unknown as PdfLine)
const row = (...texts: string[]): RawRow => ({ cells: texts.map((t, col) => ({ col, colSpan: 1, x0: 0, x1: 0, lines: [line(t)], partStarts: new Map() })) })
const table = (xs: number[], rows: RawRow[]): PageTable => ({ page: 1, x0: xs[0], x1: xs[xs.length - 1] + 50, y0: 0, y1: 100, columns: xs.length, colXs: xs, rows })

describe('tables continued across scanned pages', () => {
  it('takes a grid shifted as a whole by a few points for the same grid, not one with other widths', () => {
    const doc = startTable(table([72, 110, 300, 360], []))
    expect(sameGrid(doc, table([80, 118, 308, 368], []))).toBe(true)
    expect(sameGrid(doc, table([72, 110, 300, 360], []))).toBe(true)
    expect(sameGrid(doc, table([80, 130, 308, 368], []))).toBe(false)
    expect(sameGrid(doc, table([112, 150, 340, 400], []))).toBe(false) // far off: another table
  })
  it('knows a header repeated on the next page when OCR read its diacritics differently', () => {
    const doc = startTable(table([72, 110, 300], [row('STT', 'Lĩnh vực/Tiều chí/Tiêu chí thành phân', 'Điểm tối đa'), row('1', 'Ban hành', '1')]))
    expect(onlyRepeatsHeader(doc, table([74, 112, 302], [row('STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa')]))).toBe(true)
  })
})
