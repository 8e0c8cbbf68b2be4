import type { HTMLElement, Node } from 'node-html-parser'
import type { Row, TableBlock } from '../schemas/document-model.ts'
import { SKIPPED_TAGS, inlineText, isInline, tagOf } from './html-inline.ts'
import { placeMergedCells, spanOf, type PlacedCell } from './table-grid.ts'

const SECTION_TAGS = new Set(['thead', 'tbody', 'tfoot'])
const HEADING_OR_P = /^(p|h[1-6]|pre|li|dt|dd|caption)$/

const elementChildren = (el: HTMLElement): HTMLElement[] =>
  el.childNodes.filter((n): n is HTMLElement => tagOf(n) !== '')

// The rows of this table only: nested tables' rows belong to their own cell.
function ownRows(table: HTMLElement): HTMLElement[] {
  return elementChildren(table).flatMap((child) => {
    const tag = tagOf(child)
    if (tag === 'tr') return [child]
    return SECTION_TAGS.has(tag) ? elementChildren(child).filter((r) => tagOf(r) === 'tr') : []
  })
}

// Paragraphs of a cell, in order. Empty paragraphs stay as "" because Word users align the
// items of neighbouring columns with them; nested structures are flattened, never dropped.
export function cellParagraphs(cell: HTMLElement): string[] {
  const out: string[] = []
  let run: Node[] = []
  const flush = (): void => {
    if (run.length === 0) return
    const { text } = inlineText(run)
    if (text !== '') out.push(text)
    run = []
  }
  const visit = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (isInline(node)) {
        run.push(node)
        continue
      }
      flush()
      const tag = tagOf(node)
      if (tag === '' || SKIPPED_TAGS.has(tag)) continue
      const el = node as HTMLElement
      if (HEADING_OR_P.test(tag) && !el.querySelector('ul, ol, table')) out.push(inlineText(el.childNodes).text)
      else if (tag === 'table') for (const row of ownRows(el)) for (const c of cellsOf(row)) visit(c.childNodes)
      else visit(el.childNodes)
    }
    flush()
  }
  visit(cell.childNodes)
  return out.length > 0 ? out : ['']
}

const cellsOf = (row: HTMLElement): HTMLElement[] => elementChildren(row).filter((c) => /^t[dh]$/.test(tagOf(c)))

const placedCell = (el: HTMLElement): PlacedCell => ({
  cell: { paragraphs: cellParagraphs(el), colSpan: spanOf(Number.parseInt(el.getAttribute('colspan') ?? '1', 10)) },
  rowSpan: spanOf(Number.parseInt(el.getAttribute('rowspan') ?? '1', 10)),
})

const rowKey = (row: Row): string => row.cells.map((c) => c.paragraphs.join('\n')).join('\t')

// A row is a header when Word marked it (mammoth writes <th> for repeated header rows) or
// when it repeats the first row's text, as header rows do after a page break.
export function tableFromHtml(table: HTMLElement): TableBlock | null {
  const cellEls = ownRows(table).map(cellsOf)
  const placed = placeMergedCells(cellEls.map((els) => els.map(placedCell)))
  const rows: Row[] = cellEls.map((els, r) => ({ cells: placed[r], header: els.length > 0 && els.every((c) => tagOf(c) === 'th') }))
    .filter((row) => row.cells.length > 0)
  if (rows.length === 0) return null
  markRepeatedHeaders(rows)
  return { type: 'table', rows, role: 'data' }
}

export function markRepeatedHeaders(rows: Row[]): void {
  const firstKey = rowKey(rows[0])
  if (firstKey.replace(/\s/g, '') === '') return
  for (let i = 1; i < rows.length; i++) {
    if (rowKey(rows[i]) === firstKey) {
      rows[i].header = true
      rows[0].header = true
    }
  }
}
