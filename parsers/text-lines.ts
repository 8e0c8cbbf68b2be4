import type { Block, ParseWarning } from '../schemas/document-model.ts'
import { leavesStrongOpen, stripInline } from './md-inline.ts'
import { readCellTable } from './text-cell-table.ts'
import { normalizeBlockText, normalizeText } from './text-normalize.ts'
import { opensFixedTable, readFixedTable } from './text-fixed-table.ts'
import { opensHtmlBlock, opensHtmlTable, readHtmlBlock, readHtmlTable } from './text-html-table.ts'
import { opensPipeTable, opensTabTable, readPipeTable, readTabTable } from './text-table.ts'
import { readTextHeader } from './text-header.ts'
import { FULL_LINE, continuesPrinted, printedLineLength } from './text-reflow.ts'
import { wrapWidth, wrapsInto } from './text-wrap.ts'

export interface LineOptions {
  // Markdown syntax (headings, emphasis, hard breaks, pipe tables) is read only in .md input.
  readonly markdown: boolean
}

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/
const LIST_ITEM = /^( *)([-*+])\s+(\S.*)$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?: *\1){2,} *$/
// Word's "[bookmark: _GoBack]" as text extractors print it; it marks a cursor position.
const BOOKMARK = /\[bookmark:[^\]]*\]/g
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/
// Hard line break in markdown: two trailing spaces or a trailing backslash.
const HARD_BREAK = / {2,}$|\\$/
const MAX_JOINED_LINES = 8

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === ''

export function linesToBlocks(source: string, options: LineOptions): { blocks: Block[]; warnings: ParseWarning[] } {
  const lines = dropBookmarks(source.replace(/\r\n?/g, '\n').split('\n'))
  const blocks: Block[] = []
  const warnings: ParseWarning[] = []
  const inline = (raw: string) => (options.markdown ? stripInline(raw) : { text: raw, bold: false, italic: false })
  const plainText = (raw: string): string => normalizeBlockText(inline(raw).text)
  // Indented lines are left out of the estimate: fixed-width table rows are indented, and wider.
  const width = wrapWidth(lines, (line) => isProse(line) && !/^ {2}/.test(line))
  // Wrapped text also reads as printed text: a long line left mid-sentence goes on.
  const printed = width !== null ? FULL_LINE * width : printedLineLength(lines, isProse)
  const continues = (prev: string, next: string): boolean =>
    (width !== null && wrapsInto(prev, next, width)) || (printed !== null && continuesPrinted(prev, next, printed))

  const first = lines.findIndex((line) => !isBlank(line))
  const header = first >= 0 ? readTextHeader(lines, first) : null
  if (header) blocks.push(header.block)
  let i = header ? header.next : 0
  while (i < lines.length) {
    const line = lines[i]
    if (isBlank(line)) { i++; continue }
    const html = options.markdown && opensHtmlBlock(line) ? readHtmlBlock(lines, i) : null
    if (html) {
      blocks.push(...html.blocks)
      i = html.next
      continue
    }
    const embedded = (options.markdown && opensHtmlTable(line) ? readHtmlTable(lines, i) : null)
      ?? (opensFixedTable(lines, i) ? readFixedTable(lines, i, plainText) : null)
    if (embedded) {
      blocks.push(embedded.block)
      i = embedded.next
      continue
    }
    const cellTable = readCellTable(lines, i, plainText)
    if (cellTable) {
      blocks.push(cellTable.block)
      warnings.push({ code: 'table_reconstructed', message: `a table of ${cellTable.block.rows.length} rows was rebuilt from tab-opened cell lines ${i + 1}–${cellTable.next}` })
      i = cellTable.next
      continue
    }
    if (opensTabTable(line) || (options.markdown && opensPipeTable(line) && opensPipeTable(lines[i + 1] ?? ''))) {
      const table = opensTabTable(line) ? readTabTable(lines, i, plainText) : readPipeTable(lines, i, plainText)
      blocks.push(table.block)
      i = table.next
      continue
    }
    if (PAGE_NUMBER.test(line) && isBlank(lines[i - 1]) && isBlank(lines[i + 1])) {
      warnings.push({ code: 'dropped_page_number', message: `line ${i + 1} ("${line.trim()}") looks like a stray page number and was dropped` })
      i++
      continue
    }
    const heading = options.markdown ? HEADING.exec(line) : null
    if (heading) {
      const text = plainText(heading[2])
      if (text !== '') blocks.push({ type: 'heading', text, level: heading[1].length })
      i++
      continue
    }
    if (options.markdown && THEMATIC_BREAK.test(line)) { i++; continue }
    const item = LIST_ITEM.exec(line)
    if (item) {
      // "+" is the documents' own second-level bullet, typed as text in the Word originals,
      // so it stays in the item's text; "-" and "*" are markdown's list markers.
      const parts = [item[3]]
      for (i++; isPlain(lines[i] ?? '') && continues(lines[i - 1], lines[i]); i++) parts.push(lines[i].trim())
      const joined = parts.join(' ')
      const text = plainText(item[2] === '+' ? `+ ${joined}` : joined)
      blocks.push({ type: 'list_item', text, level: Math.floor(item[1].length / 2) })
      continue
    }
    const { raw, next } = gatherParagraph(lines, i, options, continues)
    const { text, bold, italic } = inline(raw)
    const normalized = normalizeText(text).replace(/^\n+|\n+$/g, '')
    if (normalized !== '') blocks.push({ type: 'paragraph', text: normalized, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) })
    i = next
  }
  return { blocks, warnings }
}

// A paragraph is one line, unless the line ends in a markdown hard break or leaves "**"
// open, in which case the following plain lines join it with "\n".
// In wrapped or printed text a line the paragraph went on from continues on the next.
function gatherParagraph(lines: readonly string[], start: number, options: LineOptions, continues: (prev: string, next: string) => boolean): { raw: string; next: number } {
  const parts = [lines[start]]
  let i = start + 1
  while (i < lines.length && isPlain(lines[i]) && !HARD_BREAK.test(lines[i - 1]) && continues(lines[i - 1], lines[i])) {
    parts[parts.length - 1] += ' ' + lines[i].trim()
    i++
  }
  if (options.markdown) {
    let open = leavesStrongOpen(lines[start])
    while (i < lines.length && parts.length < MAX_JOINED_LINES && isPlain(lines[i]) && (open || HARD_BREAK.test(parts[parts.length - 1]))) {
      if (leavesStrongOpen(lines[i])) open = !open
      parts.push(lines[i])
      i++
    }
  }
  return { raw: parts.map((p) => p.replace(HARD_BREAK, '')).join('\n'), next: i }
}

// Lines that may belong to a wrapped paragraph or list item (not tables, raw HTML or headings).
const isProse = (line: string): boolean =>
  !isBlank(line) && !HEADING.test(line) && !line.includes('\t') && !/^\s*[|+<]/.test(line) && !/^\s*-{3,}(?:\s+-+)*\s*$/.test(line)

const isPlain = (line: string): boolean =>
  !isBlank(line) && !HEADING.test(line) && !LIST_ITEM.test(line) && !line.includes('\t')

// Removes bookmark markers; a line that held only a marker disappears rather than
// becoming a blank line that would split a paragraph or a table cell.
function dropBookmarks(lines: string[]): string[] {
  return lines.flatMap((line) => {
    if (!line.includes('[bookmark:')) return [line]
    const cleaned = line.replace(BOOKMARK, '')
    return cleaned.trim() === '' ? [] : [cleaned]
  })
}
