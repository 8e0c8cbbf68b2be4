// One page → its elements in reading order: text lines, ruled tables, the official header
// (page 1) and closing blocks. The running page number is dropped here.
import type { TableBlock } from '../schemas/document-model.ts'
import type { PdfPage } from './pdf-engine.ts'
import { findClosings, type ClosingRun } from './pdf-closing.ts'
import { headerFromTable, takeHeader } from './pdf-header.ts'
import { splitTables, type PageTable } from './pdf-table-cells.ts'
import { buildLines, type PdfLine } from './pdf-text-lines.ts'
import { findBorderlessTables } from './pdf-borderless.ts'

export type Element =
  | { readonly kind: 'line'; readonly page: number; readonly y: number; readonly line: PdfLine }
  | { readonly kind: 'table'; readonly page: number; readonly y: number; readonly table: PageTable }
  | { readonly kind: 'header'; readonly page: number; readonly y: number; readonly block: TableBlock }
  | { readonly kind: 'closing'; readonly page: number; readonly y: number; readonly run: ClosingRun }

const PAGE_NUMBER = /^[-–—]?\s*\d{1,4}\s*[-–—]?$/u

// A lone number above everything else (pages ≥ 2) or below everything else is page furniture.
export function dropPageNumber(lines: PdfLine[], page: PdfPage, tableTop: number, tableBottom: number): PdfLine[] {
  let out = lines
  const first = out[0]
  if (page.num >= 2 && first && PAGE_NUMBER.test(first.text) && first.y < 0.15 * page.height && first.y < tableTop) {
    out = out.slice(1)
  }
  const last = out[out.length - 1]
  if (last && PAGE_NUMBER.test(last.text) && last.y > 0.85 * page.height && last.y > tableBottom) {
    out = out.slice(0, -1)
  }
  return out
}

export function pageElements(page: PdfPage): Element[] {
  const { flow, tables: ruled } = splitTables(page)
  // a header drawn with visible borders comes out as a ruled table
  const drawn = page.num === 1 && ruled[0] ? headerFromTable(ruled[0]) : null
  const tables = drawn ? ruled.slice(1) : ruled
  const tableTop = Math.min(Infinity, ...tables.map((t) => t.y0))
  const tableBottom = Math.max(-Infinity, ...tables.map((t) => t.y1))
  let lines = dropPageNumber(buildLines(flow, page.num, page.fonts), page, tableTop, tableBottom)
  const out: Element[] = []
  const header = drawn ? null : takeHeader(lines, page)
  if (drawn) out.push({ kind: 'header', page: page.num, y: ruled[0].y0, block: drawn })
  if (header) {
    out.push({ kind: 'header', page: page.num, y: lines[0].y, block: header.block })
    lines = lines.slice(header.consumed)
  }
  const borderless = findBorderlessTables(lines, page)
  lines = borderless.rest
  const closings = findClosings(lines, page, Math.max(tableBottom, ...borderless.tables.map((t) => t.y1)))
  let next = 0
  for (const run of closings) {
    for (; next < run.start; next++) out.push(lineElement(lines[next]))
    out.push({ kind: 'closing', page: page.num, y: lines[run.start].y, run })
    next = run.end
  }
  for (; next < lines.length; next++) out.push(lineElement(lines[next]))
  for (const table of [...tables, ...borderless.tables]) out.push({ kind: 'table', page: page.num, y: table.y0, table })
  // stable: equal y keeps insertion order
  return out.map((e, i) => [e, i] as const).sort((a, b) => a[0].y - b[0].y || a[1] - b[1]).map(([e]) => e)
}

const lineElement = (line: PdfLine): Element => ({ kind: 'line', page: line.page, y: line.y, line })
