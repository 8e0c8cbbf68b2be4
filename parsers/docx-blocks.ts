// Blocks read straight from mammoth's document tree (its transformDocument hook), giving what
// mammoth's HTML read back by htmlToBlocks gives, without writing that HTML and parsing it again
// (together ~20 % of reading a .docx). test/parsers/docx-blocks.test.ts compares the two on
// every .docx we have. What mammoth's HTML conversion does and this mirrors: the style map
// (docx-paragraph-kind.ts), lists nested by level, note references as "[n]" with the notes
// appended at the end as a list, line breaks, tabs as spaces, bold and italic from the runs.
import type { Block, Cell, Row, TableBlock } from '../schemas/document-model.ts'
import { paragraphKind, type DocxParagraph } from './docx-paragraph-kind.ts'
import { inlineOf, newTally, tallyText, type InlineText, type Tally } from './html-inline.ts'
import { markRepeatedHeaders } from './html-table.ts'
import { placeMergedCells, spanOf, type PlacedCell } from './table-grid.ts'

export interface DocxElement {
  readonly type: string
  readonly children?: readonly DocxElement[]
  readonly value?: string
  readonly breakType?: string
  readonly isBold?: boolean
  readonly isItalic?: boolean
  readonly styleName?: string | null
  readonly styleId?: string | null
  readonly numbering?: DocxParagraph['numbering']
  readonly isHeader?: boolean
  readonly colSpan?: number
  readonly rowSpan?: number
  readonly body?: readonly DocxElement[]
}
interface DocxDocument extends DocxElement { readonly notes?: { resolve(ref: DocxElement): DocxElement | undefined } }

// A list item of one run of list paragraphs; an empty one with children may stand for the outer
// <li> mammoth opens for a deeper item that has no parent item.
interface Item { text: string; children: Item[] }

// The notes referenced so far and the next reference's number, for one document.
interface Ctx { readonly document: DocxDocument; readonly notes: DocxElement[]; noteNumber: number }
// Where a container's content goes: the document's blocks, a cell's paragraphs, or a note's own
// paragraphs and the blocks nested in it. (A tag rather than callbacks: a document has
// thousands of cells, and closures made per cell cost more than the walk.)
type Sink = { readonly to: 'top'; readonly out: Block[] } | { readonly to: 'cell'; readonly out: string[] } | { readonly to: 'note'; readonly own: string[]; readonly nested: Block[] }

export function docxBlocks(document: DocxDocument): Block[] {
  const ctx: Ctx = { document, notes: [], noteNumber: 1 }
  const out: Block[] = []
  walkContainer(ctx, document.children ?? [], { to: 'top', out })
  // The notes, in the order of their references, each one list item (its paragraphs joined by
  // line breaks) followed by its nested lists and tables, as mammoth's closing <ol> reads.
  // (references inside the notes themselves are numbered but not appended, as in mammoth)
  const referenced = ctx.notes.length
  for (let i = 0; i < referenced; i++) {
    const sink = { to: 'note', own: [] as string[], nested: [] as Block[] } as const
    walkContainer(ctx, ctx.notes[i].body ?? [], sink)
    if (sink.own.length > 0) out.push({ type: 'list_item', text: sink.own.join('\n'), level: 0 })
    out.push(...sink.nested)
  }
  return out
}

function collect(ctx: Ctx, el: DocxElement, t: Tally, bold: boolean, italic: boolean): void {
  switch (el.type) {
    case 'text': tallyText(t, el.value ?? '', bold, italic); return
    case 'tab': t.text += ' '; return
    case 'break': if (el.breakType === 'line') t.text += '\n'; return
    case 'noteReference': {
      const note = ctx.document.notes?.resolve(el)
      if (note) ctx.notes.push(note)
      collect(ctx, { type: 'text', value: `[${ctx.noteNumber++}]` }, t, bold, italic)
      return
    }
    case 'run': {
      const b = bold || !!el.isBold || el.styleName?.toUpperCase() === 'STRONG'
      const i = italic || !!el.isItalic
      for (const c of el.children ?? []) collect(ctx, c, t, b, i)
      return
    }
    case 'hyperlink': for (const c of el.children ?? []) collect(ctx, c, t, bold, italic); return
    default: // images, checkboxes, bookmarks, comment references: no text
  }
}

function inline(ctx: Ctx, p: DocxElement): InlineText {
  const t = newTally()
  for (const c of p.children ?? []) collect(ctx, c, t, false, false)
  return inlineOf(t)
}

// Consecutive list paragraphs nest as mammoth's collapsed <ul>/<li> do: an item attaches to the
// last item one level up, or to an empty one opened for it.
function listRun(paragraphs: readonly { level: number; text: string }[]): Item[] {
  const roots: Item[] = []
  let open: Item[] = []
  for (const { level, text } of paragraphs) {
    for (let d = 0; d < level; d++) {
      if (open[d]) continue
      open[d] = { text: '', children: [] }
      ;(d === 0 ? roots : open[d - 1].children).push(open[d])
    }
    const item: Item = { text, children: [] }
    ;(level === 0 ? roots : open[level - 1].children).push(item)
    open = [...open.slice(0, level), item]
  }
  return roots
}

// Top level and notes: an item with text is a list_item of its depth; its nested items follow.
function pushItems(items: readonly Item[], level: number, out: Block[]): void {
  for (const it of items) {
    if (it.text !== '') out.push({ type: 'list_item', text: it.text, level })
    pushItems(it.children, level + 1, out)
  }
}

// In a cell, an item is one paragraph, even empty, unless it holds nested items: then only
// its text when it has some (cellParagraphs in html-table.ts on mammoth's <li>).
function cellItems(items: readonly Item[], out: string[]): void {
  for (const it of items) {
    if (it.children.length === 0) out.push(it.text)
    else { if (it.text !== '') out.push(it.text); cellItems(it.children, out) }
  }
}

// Walks a container's elements (body, a note, a cell), sending each run of list paragraphs,
// each other paragraph and each table to the sink in order.
function walkContainer(ctx: Ctx, els: readonly DocxElement[], sink: Sink): void {
  let run: { level: number; text: string }[] = []
  for (const el of els) {
    if (el.type === 'paragraph') {
      const kind = paragraphKind(el as DocxParagraph)
      if (kind.kind === 'list') { run.push({ level: kind.level, text: inline(ctx, el).text }); continue }
      if (run.length) { sendList(sink, listRun(run)); run = [] }
      if (kind.kind === 'heading') sendHeading(sink, inline(ctx, el).text, kind.level)
      else sendParagraph(sink, inline(ctx, el))
    } else if (el.type === 'table') {
      if (run.length) { sendList(sink, listRun(run)); run = [] }
      sendTable(ctx, sink, el)
    }
  }
  if (run.length) sendList(sink, listRun(run))
}

function sendList(sink: Sink, items: Item[]): void {
  if (sink.to === 'cell') cellItems(items, sink.out)
  else pushItems(items, sink.to === 'top' ? 0 : 1, sink.to === 'top' ? sink.out : sink.nested)
}

function sendHeading(sink: Sink, text: string, level: number): void {
  if (sink.to === 'cell') sink.out.push(text)
  else if (text === '') return
  else if (sink.to === 'top') sink.out.push({ type: 'heading', text, level })
  else sink.own.push(text)
}

function sendParagraph(sink: Sink, p: InlineText): void {
  if (sink.to === 'cell') sink.out.push(p.text)
  else if (p.text === '') return
  else if (sink.to === 'top') sink.out.push({ type: 'paragraph', text: p.text, ...(p.bold ? { bold: true } : {}), ...(p.italic ? { italic: true } : {}) })
  else sink.own.push(p.text)
}

function sendTable(ctx: Ctx, sink: Sink, t: DocxElement): void {
  // a table inside a cell is flattened into it, cell by cell
  if (sink.to === 'cell') {
    for (const row of rowsOf(t)) for (const c of cellsOf(row)) walkContainer(ctx, c.children ?? [], sink)
    return
  }
  const tb = table(ctx, t)
  if (tb) (sink.to === 'top' ? sink.out : sink.nested).push(tb)
}

function placedCell(ctx: Ctx, c: DocxElement): PlacedCell {
  const paragraphs: string[] = []
  walkContainer(ctx, c.children ?? [], { to: 'cell', out: paragraphs })
  const cell: Cell = { paragraphs: paragraphs.length > 0 ? paragraphs : [''], colSpan: spanOf(c.colSpan ?? 1) }
  return { cell, rowSpan: spanOf(c.rowSpan ?? 1) }
}

function table(ctx: Ctx, t: DocxElement): TableBlock | null {
  const rows = rowsOf(t)
  // mammoth's <thead>: the rows marked as header before the first that is not
  const bodyIndex = rows.findIndex((r) => !r.isHeader)
  const heads = bodyIndex === -1 ? rows.length : bodyIndex
  const cells = rows.map(cellsOf)
  const placed = placeMergedCells(cells.map((cs) => cs.map((c) => placedCell(ctx, c))))
  const out: Row[] = cells.map((cs, r) => ({ cells: placed[r], header: cs.length > 0 && r < heads }))
    .filter((row) => row.cells.length > 0)
  if (out.length === 0) return null
  markRepeatedHeaders(out)
  return { type: 'table', rows: out, role: 'data' }
}

const rowsOf = (t: DocxElement): DocxElement[] => (t.children ?? []).filter((r) => r.type === 'tableRow')
const cellsOf = (row: DocxElement): DocxElement[] => (row.children ?? []).filter((c) => c.type === 'tableCell')
