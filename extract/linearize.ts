import type { DocumentModel } from '../schemas/document-model.ts'
import { foldAscii, normalizeLine } from './text/normalize.ts'

// The extraction core reads a document as ordered units (one per paragraph, list item or
// table-cell paragraph). Their normalized texts joined by "\n" are the record's `text`, so a
// unit's [start, end) plus an offset inside it is an evidence span.

export type UnitKind = 'heading' | 'paragraph' | 'list_item' | 'cell'

export interface CellRef {
  readonly table: number // index into Linear.tables
  readonly row: number
  readonly col: number
  readonly para: number
}

export interface Unit {
  readonly index: number
  readonly kind: UnitKind
  readonly text: string
  readonly start: number
  readonly end: number
  readonly page: number | null
  readonly level: number
  readonly bold: boolean
  readonly cell: CellRef | null
  readonly layout: boolean // inside a layout table (official header or signature block)
}

export interface TableCellView { readonly units: readonly Unit[]; readonly text: string; readonly colSpan: number }
export interface TableRowView { readonly cells: readonly TableCellView[]; readonly header: boolean }
export interface TableView {
  readonly index: number
  readonly role: 'layout' | 'data'
  readonly rows: readonly TableRowView[]
  readonly page: number | null
}

export interface Linear {
  readonly text: string
  // foldAscii(text), computed once, unit by unit: folding keeps lengths, so a unit's folded
  // text is folded.slice(unit.start, unit.end) and match indices point into `text`
  readonly folded: string
  readonly units: readonly Unit[]
  readonly tables: readonly TableView[]
}

function cellAtColumn(row: TableRowView | undefined, col: number): TableCellView | undefined {
  let at = 0
  for (const cell of row?.cells ?? []) { if (at === col) return cell; at += cell.colSpan }
  return undefined
}

export function linearize(model: DocumentModel): Linear {
  const parts: string[] = []
  const folds: string[] = []
  const units: Unit[] = []
  const tables: TableView[] = []
  let pos = 0

  const push = (raw: string, base: Omit<Unit, 'index' | 'text' | 'start' | 'end'>): Unit => {
    const text = normalizeLine(raw)
    if (text && parts.length > 0) pos += 1 // the "\n" joining this unit to the previous text
    const unit: Unit = { kind: base.kind, page: base.page, level: base.level, bold: base.bold, cell: base.cell, layout: base.layout,
      index: units.length, text, start: pos, end: pos + text.length }
    // each unit folded on its own: the fold memo then knows the units the extractors read
    if (text) { parts.push(text); folds.push(foldAscii(text)); pos += text.length }
    units.push(unit)
    return unit
  }

  for (const block of model.blocks) {
    const page = block.page ?? null
    if (block.type === 'table') {
      const tableIndex = tables.length
      const rows: TableRowView[] = []
      block.rows.forEach((row, r) => {
        let gridCol = 0
        const cells = row.cells.map((cell, c): TableCellView => {
          const at = gridCol
          gridCol += cell.colSpan
          // a vertically merged cell reads as the cell above it (its text and evidence stay there)
          if (cell.mergedAbove) { const above = cellAtColumn(rows[r - 1], at); if (above) return above }
          const cellUnits = cell.paragraphs.map((p, i) => push(p, {
            kind: 'cell', page, level: 0, bold: false, layout: block.role === 'layout',
            cell: { table: tableIndex, row: r, col: c, para: i },
          }))
          return { units: cellUnits, colSpan: cell.colSpan, text: cellUnits.map((u) => u.text).filter(Boolean).join('\n') }
        })
        rows.push({ header: row.header, cells })
      })
      tables.push({ index: tableIndex, role: block.role, rows, page })
      continue
    }
    push(block.text, {
      kind: block.type, page, cell: null, layout: false,
      level: block.type === 'heading' || block.type === 'list_item' ? block.level : 0,
      bold: block.type === 'paragraph' ? Boolean(block.bold) : block.type === 'heading',
    })
  }
  const text = parts.join('\n')
  return { text, folded: folds.join('\n'), units, tables }
}
