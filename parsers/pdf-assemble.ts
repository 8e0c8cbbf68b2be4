// The document pass over all pages' elements: flow lines become paragraphs (which may run over a
// page break), a table opening a page continues the table that closed the previous one, a table
// that only repeats the last table's header is dropped, and a lone signature opening a page
// completes the closing block that ended the previous page, as do recipient items and the signer's
// name opening the page after a closing block.
import type { Block } from '../schemas/document-model.ts'
import type { PdfPage } from './pdf-engine.ts'
import { toBlock } from './pdf-blocks.ts'
import { continueClosing, isCaps } from './pdf-closing.ts'
import { layoutBlock } from './table-role.ts'
import type { Element } from './pdf-page.ts'
import { measureColumn, toParagraphs, type ColumnGeometry } from './pdf-paragraphs.ts'
import { appendContinuation, onlyRepeatsHeader, sameGrid, startTable, toTableBlock, type DocTable } from './pdf-tables.ts'
import type { PdfLine } from './pdf-text-lines.ts'

type Out =
  | { kind: 'block'; block: Block }
  | { kind: 'table'; table: DocTable; lastPage: number }
  | { kind: 'closing'; page: number; lastPage: number; left: string[]; right: string[]; gap: number | null }

export function assemble(pages: readonly PdfPage[], elements: readonly Element[]): Block[] {
  const geoOf = flowGeometry(pages, elements)
  const out: Out[] = []
  let lines: PdfLine[] = []
  let lastTable: DocTable | null = null
  let page = 0
  let keptOnPage = 0
  const flush = (): void => {
    if (lines.length === 0) return
    for (const p of toParagraphs(lines, geoOf)) out.push({ kind: 'block', block: toBlock(p, geoOf(p.lines[0])) })
    lines = []
  }
  for (const e of elements) {
    if (e.page !== page) { page = e.page; keptOnPage = 0 }
    const prev = lines.length === 0 ? out[out.length - 1] : undefined
    const opensPage = keptOnPage === 0
    keptOnPage++
    if (e.kind === 'line') {
      // a closing block cut by a page break goes on at the top of the next page
      const cont = prev?.kind === 'closing' && prev.gap !== null && e.page - prev.lastPage <= 1 && (opensPage || prev.lastPage === e.page)
        ? continueClosing(e.line, prev.gap, prev.left.at(-1), prev.right.some(isCaps)) : null
      if (cont && prev?.kind === 'closing') {
        if (cont.joinsLeft) prev.left[prev.left.length - 1] += ` ${cont.left}`
        else if (cont.left) prev.left.push(cont.left)
        if (cont.right) prev.right.push(cont.right)
        prev.lastPage = e.page
        continue
      }
      lines.push(e.line)
    } else if (e.kind === 'header') {
      flush()
      out.push({ kind: 'block', block: e.block })
    } else if (e.kind === 'table') {
      if (opensPage && prev?.kind === 'table' && prev.lastPage === e.page - 1 && sameGrid(prev.table, e.table)) {
        appendContinuation(prev.table, e.table)
        prev.lastPage = e.page
      } else if (lastTable && onlyRepeatsHeader(lastTable, e.table)) {
        keptOnPage-- // nothing kept
      } else {
        flush()
        lastTable = startTable(e.table)
        out.push({ kind: 'table', table: lastTable, lastPage: e.page })
      }
    } else {
      const run = e.run
      if (!run.recipients && opensPage && prev?.kind === 'closing' && prev.lastPage === e.page - 1) {
        prev.right.push(...run.right)
        prev.lastPage = e.page
      } else if (!run.recipients && !run.titled) {
        lines.push(...run.lines) // not a signature after all
      } else {
        flush()
        out.push({ kind: 'closing', page: e.page, lastPage: e.page, left: [...run.left], right: [...run.right], gap: run.recipients ? run.gap : null })
      }
    }
  }
  flush()
  return out.map((o) =>
    o.kind === 'block' ? o.block : o.kind === 'table' ? toTableBlock(o.table) : layoutBlock(o.left, o.right, o.page))
}

// Column geometry of the text flow per page size (portrait body pages, landscape appendix pages).
function flowGeometry(pages: readonly PdfPage[], elements: readonly Element[]): (line: PdfLine) => ColumnGeometry {
  const sizeOf = new Map(pages.map((p) => [p.num, `${Math.round(p.width)}x${Math.round(p.height)}`]))
  const byClass = new Map<string, { lines: PdfLine[]; x0: number; x1: number; width: number }>()
  for (const p of pages) {
    const key = sizeOf.get(p.num)!
    if (!byClass.has(key)) byClass.set(key, { lines: [], x0: Infinity, x1: -Infinity, width: p.width })
  }
  for (const e of elements) {
    const c = byClass.get(sizeOf.get(e.page)!)!
    if (e.kind === 'line') c.lines.push(e.line)
    if (e.kind === 'table') { c.x0 = Math.min(c.x0, e.table.x0); c.x1 = Math.max(c.x1, e.table.x1) }
  }
  const geo = new Map<string, ColumnGeometry>()
  for (const [key, c] of byClass) {
    const m = measureColumn(c.lines) ?? { left: 0.1 * c.width, right: 0.9 * c.width }
    geo.set(key, { left: Math.min(m.left, c.x0), right: Math.max(m.right, c.x1), indent: m.indent })
  }
  return (line) => geo.get(sizeOf.get(line.page)!)!
}
